package org.amiframework.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.client.EventListener;

/**
 * How one client's events reach the {@link Lanes}: the client's listener, run by its delivery
 * thread, which alone touches the runs. It collects each lane's events in a run and hands the run
 * on when it is full or when the client ends a batch ({@link #onBatchEnd}), so a lane is locked and
 * woken once per run rather than once per event.
 *
 * <p>It holds events back only once the client has shown that it calls {@link #onBatchEnd} (not
 * every {@link org.amiframework.core.client.AmiClient} does): until then each event goes on at
 * once. Held events count as accepted and queued. Other threads never take them; they wait for the
 * feed to be empty ({@link #whenEmpty}), which the delivery thread reports when it hands on.
 */
final class LaneFeed implements EventListener {

  /** Most events of a lane held back before they go on. */
  static final int RUN = 64;

  private static final VarHandle ADDED;

  static {
    try {
      ADDED = MethodHandles.lookup().findVarHandle(LaneFeed.class, "added", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Lanes lanes;
  private final ServerLink link;
  private final DispatchMetrics metrics;
  private final Delivery[][] runs;
  private final int[] lengths;
  private final Queue<CompletableFuture<Void>> emptyWaiters = new ConcurrentLinkedQueue<>();

  /** Events ever held back; written by the delivery thread only (release), read by any. */
  @SuppressWarnings("unused") // through ADDED
  private long added;

  /**
   * Events ever handed on or discarded after being held back; written after the lanes took them.
   */
  private volatile long released;

  /** Set when the runtime stops taking events: later ones are ignored, held ones still go on. */
  private volatile boolean muted;

  /** The delivery thread, once the client has ended a batch; null while events go on at once. */
  private volatile Thread owner;

  LaneFeed(Lanes lanes, ServerLink link, DispatchMetrics metrics) {
    this.lanes = lanes;
    this.link = link;
    this.metrics = metrics;
    this.runs = new Delivery[lanes.count()][RUN];
    this.lengths = new int[lanes.count()];
  }

  @Override
  public void onEvent(AmiEvent event) {
    if (muted) {
      return;
    }
    Delivery d = new Delivery(link, event, null);
    Thread current = Thread.currentThread();
    if (owner != current) {
      if (owner == null) { // the client has not shown it ends batches: no holding back
        lanes.submit(d);
        return;
      }
      adopt(current); // the client moved its delivery to another thread (calls never overlap)
    }
    if (!lanes.accepting()) {
      metrics.discarded.increment();
      return;
    }
    int lane = lanes.laneOf(d);
    int n = lengths[lane];
    runs[lane][n++] = d;
    lengths[lane] = n;
    metrics.accepted.increment();
    ADDED.setRelease(this, (long) ADDED.get(this) + 1);
    if (n == RUN) {
      handOn(lane);
    }
  }

  @Override
  public void onBatchEnd() {
    if (owner != Thread.currentThread()) {
      adopt(Thread.currentThread());
    }
    handOnAll();
  }

  private void adopt(Thread thread) {
    owner = thread;
    lanes.feedOfThread(this);
  }

  /** Whether this feed is held by the calling thread, which may then {@link #handOnAll}. */
  boolean ownedByCurrentThread() {
    return owner == Thread.currentThread();
  }

  /** Hands every held run on; on the delivery thread only. */
  void handOnAll() {
    for (int lane = 0; lane < lengths.length; lane++) {
      if (lengths[lane] > 0) {
        handOn(lane);
      }
    }
  }

  private void handOn(int lane) {
    Delivery[] run = runs[lane];
    int n = lengths[lane];
    int queued = lanes.enqueueRun(lane, run, n);
    if (queued < n) {
      metrics.discarded.add(n - queued); // shutting down
    }
    Arrays.fill(run, 0, n, null); // no event outlives its run here
    lengths[lane] = 0;
    released = released + n;
    if (released == (long) ADDED.getAcquire(this) && !emptyWaiters.isEmpty()) {
      for (CompletableFuture<Void> w = emptyWaiters.poll(); w != null; w = emptyWaiters.poll()) {
        w.complete(null);
      }
    }
  }

  /** Events held back now. */
  int held() {
    long out = released;
    return (int) Math.max(0, (long) ADDED.getAcquire(this) - out);
  }

  /**
   * Stops taking events. What is held still goes on at the client's next batch end (the listener
   * stays subscribed until then).
   */
  void mute() {
    muted = true;
  }

  /**
   * Completes once every event held now has been handed on (or discarded, when shutting down).
   *
   * @return null when nothing is held
   */
  CompletableFuture<Void> whenEmpty() {
    if (held() == 0) {
      return null;
    }
    CompletableFuture<Void> empty = new CompletableFuture<>();
    emptyWaiters.add(empty);
    // The delivery thread may have emptied the feed before it could see the waiter.
    if (held() == 0) {
      empty.complete(null);
    }
    return empty;
  }
}
