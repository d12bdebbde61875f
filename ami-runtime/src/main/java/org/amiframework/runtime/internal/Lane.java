package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane of {@link Lanes}: a daemon thread running the deliveries of its bounded queue in order.
 *
 * <p>It takes what is queued in batches: one wake-up and one lock for everything that queued while
 * it was busy, instead of a lock (and, when it had parked, a wake-up) per event. Events from a
 * client arrive in runs too ({@link LaneFeed}), so a parked lane is woken once per run. The batch
 * it is running still counts as queued, and when shutdown gives up on the lane, the rest of the
 * batch is taken back and discarded with the queue: each delivery of a batch is claimed by an
 * atomic counter, either by the lane (to run it) or by the shutdown (to discard it), never both. A
 * batch is handed over and cleared under a lock, once per batch, so the shutdown never reads one
 * being refilled.
 */
final class Lane extends Thread {

  /** Ends the lane once what was queued before it has run. */
  static final Delivery STOP = new Delivery(null, null, null);

  /** Most deliveries taken at once. */
  static final int BATCH = 256;

  private static final Logger LOG = LoggerFactory.getLogger(Lane.class);

  /** A claim index past any batch: the batch was taken back by the shutdown. */
  private static final int TAKEN_BACK = Integer.MAX_VALUE / 2;

  final LaneQueue queue;
  private final Consumer<Delivery> dispatcher;
  private final DispatchMetrics metrics;
  private final int maxBatch;
  private final List<Delivery> batch;
  private final AtomicInteger claimed = new AtomicInteger();
  private final Object handOff = new Object();
  private volatile int batchSize;
  private volatile boolean abandoned;

  Lane(int index, int capacity, Consumer<Delivery> dispatcher, DispatchMetrics metrics) {
    super("ami-lane-" + index);
    setDaemon(true);
    this.queue = new LaneQueue(capacity);
    this.maxBatch = Math.min(BATCH, capacity);
    this.batch = new ArrayList<>(maxBatch);
    this.dispatcher = dispatcher;
    this.metrics = metrics;
  }

  @Override
  public void run() {
    try {
      while (true) {
        queue.takeBatch(batch, maxBatch);
        synchronized (handOff) {
          if (abandoned) { // the shutdown gave up while the batch was being taken
            metrics.discarded.add(discardEach(batch));
            return;
          }
          claimed.set(0);
          batchSize = batch.size();
        }
        if (runBatch()) {
          return;
        }
        synchronized (handOff) {
          batchSize = 0;
          batch.clear();
        }
      }
    } catch (InterruptedException e) {
      // abandoned while waiting for work: nothing of this lane is left to run
    }
  }

  /** Runs the batch in order; true when the lane must end (stopped, or the batch taken back). */
  private boolean runBatch() {
    int dispatched = 0;
    try {
      for (int i = claimed.getAndIncrement(); i < batch.size(); i = claimed.getAndIncrement()) {
        Delivery d = batch.get(i);
        if (d == STOP) {
          return true;
        }
        if (!d.isBarrier()) {
          run(d);
          dispatched++;
        }
        if (d.done() != null) {
          // Whoever waits for this may read the metrics next: they count it already.
          metrics.dispatched.add(dispatched);
          dispatched = 0;
          d.done().complete(null);
        }
      }
      return abandoned;
    } finally {
      metrics.dispatched.add(dispatched);
    }
  }

  private void run(Delivery d) {
    try {
      dispatcher.accept(d);
    } catch (RuntimeException | Error e) {
      // The dispatcher isolates handlers; reaching here is a bug, which must not kill the lane.
      LOG.error("dispatching {} failed", d.event(), e);
    }
  }

  /** Events queued or taken in the batch and not yet run. */
  int queued() {
    return queue.size() + Math.max(0, batchSize - claimed.get());
  }

  /**
   * Past the shutdown timeout: the lane runs nothing more, and its handler is interrupted. The rest
   * of its batch is taken back before the interrupt, so a handler ended by it never runs another
   * event.
   *
   * @return how many events of the batch were taken back (their futures failed)
   */
  int abandon() {
    abandoned = true;
    int taken = takeBack();
    interrupt();
    return taken;
  }

  /** Claims what the lane has not run of its batch and discards it; returns how many events. */
  private int takeBack() {
    synchronized (handOff) {
      int from = claimed.getAndSet(TAKEN_BACK);
      return from < batchSize ? discardEach(batch.subList(from, batchSize)) : 0;
    }
  }

  /** Empties the queue, failing what waits on it; returns how many events were in it. */
  int discardQueued() {
    List<Delivery> left = new ArrayList<>();
    queue.drainTo(left);
    return discardEach(left);
  }

  /** Fails what waits on these deliveries; returns how many events were among them. */
  private static int discardEach(List<Delivery> left) {
    int n = 0;
    for (Delivery d : left) {
      if (d != STOP) {
        if (d.done() != null) {
          d.done().completeExceptionally(new RejectedExecutionException("discarded at shutdown"));
        }
        n += d.isBarrier() ? 0 : 1;
      }
    }
    return n;
  }
}
