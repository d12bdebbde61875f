package org.amiframework.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads that run handlers: N lanes, each one thread with a bounded queue. Events of
 * one call always take the same lane, so they are handled in arrival order while other calls run in
 * parallel on the other lanes.
 *
 * <p><b>Backpressure.</b> When a lane's queue is full, {@link #submit} blocks the submitting thread
 * until there is room. That thread is the core client's delivery thread, never its socket reader:
 * while it waits, the client's own bounded event queue fills, and once that is full the client's
 * {@link org.amiframework.core.client.OverflowPolicy} applies (drop oldest by default, counted and
 * logged by the client). The socket is therefore never stalled by a slow handler. A handler
 * publishing into a full lane is refused instead of blocked, so a lane never waits on itself.
 */
final class Lanes {

  private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
  private static final long OFFER_SLICE_MS = 100;

  private final Lane[] lanes;
  private final DispatchMetrics metrics;
  private volatile boolean accepting = true;

  Lanes(int count, int capacity, Consumer<Delivery> dispatcher, DispatchMetrics metrics) {
    this.metrics = metrics;
    this.lanes = new Lane[count];
    for (int i = 0; i < count; i++) {
      lanes[i] = new Lane(i, capacity, dispatcher, metrics);
    }
    metrics.queuedFrom(this::queued);
  }

  void start() {
    for (Lane lane : lanes) {
      lane.start();
    }
  }

  int count() {
    return lanes.length;
  }

  /** Whether the current thread is a lane's worker (that is, runs a handler). */
  static boolean onLaneThread() {
    return Thread.currentThread() instanceof Lane;
  }

  /**
   * Queues an event on the lane of its call: blocks while that lane is full, except on a lane
   * thread, where a full lane refuses at once.
   *
   * @return false when refused: shutting down, or full on a lane thread
   */
  boolean submit(Delivery d) {
    BlockingQueue<Delivery> queue =
        lanes[CallKeys.laneOf(d.server().index(), CallKeys.of(d.event()), lanes.length)].queue;
    boolean queued = enqueue(queue, d);
    if (queued) {
      metrics.accepted.increment();
    } else {
      metrics.discarded.increment();
    }
    return queued;
  }

  private boolean enqueue(BlockingQueue<Delivery> queue, Delivery d) {
    if (onLaneThread()) {
      return accepting && queue.offer(d);
    }
    try {
      // Waits in slices so that a submitter blocked on a full lane notices shutdown.
      while (accepting) {
        if (queue.offer(d, OFFER_SLICE_MS, TimeUnit.MILLISECONDS)) {
          return true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** Completes when every lane has handled what was queued before. */
  CompletableFuture<Void> flush() {
    if (onLaneThread()) {
      throw new IllegalStateException("flush() called from a handler would wait for itself");
    }
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (Lane lane : lanes) {
      Delivery barrier = Delivery.barrier();
      if (!enqueue(lane.queue, barrier)) {
        return CompletableFuture.failedFuture(new RejectedExecutionException("shutting down"));
      }
      all.add(barrier.done());
    }
    return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
  }

  int queued() {
    int n = 0;
    for (Lane lane : lanes) {
      n += lane.queued();
    }
    return n;
  }

  /**
   * Stops accepting, lets the lanes finish what is queued within {@code timeout}, then interrupts
   * the lanes still busy and discards what is left (counted, futures failed).
   *
   * @return how many events were discarded
   */
  int shutdown(Duration timeout) {
    accepting = false;
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      for (Lane lane : lanes) {
        lane.queue.offer(Lane.STOP, remaining(deadline), TimeUnit.NANOSECONDS);
      }
      for (Lane lane : lanes) {
        TimeUnit.NANOSECONDS.timedJoin(lane, remaining(deadline));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int discarded = 0;
    for (Lane lane : lanes) {
      if (lane.isAlive()) {
        LOG.warn(
            "{} is still running a handler after the shutdown timeout; interrupting it",
            lane.getName());
        discarded += lane.abandon();
      }
      discarded += lane.discardQueued();
    }
    if (discarded > 0) {
      LOG.warn(
          "{} event(s) were still queued when the shutdown timeout ran out: discarded", discarded);
    }
    metrics.discarded.add(discarded);
    return discarded;
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }
}
