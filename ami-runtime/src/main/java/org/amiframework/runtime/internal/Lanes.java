package org.amiframework.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 *
 * <p><b>Runs.</b> A client's events come through its {@link LaneFeed}, which hands them on in runs
 * per lane (one lock, at most one wake-up of the lane per run). Whatever a feed holds counts as
 * queued, and goes to the lanes before anything the same thread publishes or flushes, and before
 * the barriers of any {@link #flush}.
 */
final class Lanes {

  private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);
  private static final long OFFER_SLICE_MS = 100;

  private final Lane[] lanes;
  private final DispatchMetrics metrics;
  private final List<LaneFeed> feeds = new CopyOnWriteArrayList<>();
  private final ThreadLocal<LaneFeed> feedOfThread = new ThreadLocal<>();
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

  /** A new feed for the events of one client. */
  LaneFeed feed(ServerLink link) {
    LaneFeed feed = new LaneFeed(this, link, metrics);
    feeds.add(feed);
    return feed;
  }

  /** Records that the current thread delivers the events of {@code feed}. */
  void feedOfThread(LaneFeed feed) {
    feedOfThread.set(feed);
  }

  /**
   * On a client's delivery thread, hands on what its feed holds: what the thread does next must not
   * overtake the events it delivered before.
   */
  void handOnHeld() {
    LaneFeed feed = feedOfThread.get();
    if (feed != null && feed.ownedByCurrentThread()) {
      feed.handOnAll();
    }
  }

  boolean accepting() {
    return accepting;
  }

  int laneOf(Delivery d) {
    return CallKeys.laneOf(d.server().index(), d.event(), lanes.length);
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
    boolean queued = enqueue(lanes[laneOf(d)].queue, d);
    if (queued) {
      metrics.accepted.increment();
    } else {
      metrics.discarded.increment();
    }
    return queued;
  }

  /**
   * Queues a feed's run on its lane, blocking while the lane is full (feeds run on delivery
   * threads, never on lanes); already counted as accepted.
   *
   * @return how many of the run's first events were queued: all, unless shutting down
   */
  int enqueueRun(int lane, Delivery[] run, int n) {
    LaneQueue queue = lanes[lane].queue;
    int queued = 0;
    try {
      // Waits in slices so that a feed blocked on a full lane notices shutdown.
      while (accepting && queued < n) {
        queued += queue.offer(run, queued, n - queued, OFFER_SLICE_MS, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return queued;
  }

  private boolean enqueue(LaneQueue queue, Delivery d) {
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

  /**
   * Completes when every lane has handled what was queued before, held in a feed included: the
   * barriers go to the lanes once the feeds holding events have handed them on.
   */
  CompletableFuture<Void> flush() {
    if (onLaneThread()) {
      throw new IllegalStateException("flush() called from a handler would wait for itself");
    }
    handOnHeld();
    List<CompletableFuture<Void>> held = new ArrayList<>();
    for (LaneFeed feed : feeds) {
      CompletableFuture<Void> empty = feed.whenEmpty();
      if (empty != null) {
        held.add(empty);
      }
    }
    return held.isEmpty()
        ? placeBarriers()
        : CompletableFuture.allOf(held.toArray(CompletableFuture[]::new))
            .thenCompose(v -> placeBarriers());
  }

  private CompletableFuture<Void> placeBarriers() {
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
    for (LaneFeed feed : feeds) {
      n += feed.held();
    }
    return n;
  }

  /**
   * Stops taking client events, waits (within {@code timeout}) for the feeds to hand on what they
   * hold, stops accepting, lets the lanes finish what is queued within the rest of {@code timeout},
   * then interrupts the lanes still busy and discards what is left (counted, futures failed). What
   * a feed still holds then is discarded (and counted) by its delivery thread at its next batch
   * end.
   *
   * @return how many events were discarded from the lanes
   */
  int shutdown(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    feeds.forEach(LaneFeed::mute);
    handOnHeld();
    awaitFeedsEmpty(deadline);
    accepting = false;
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

  private void awaitFeedsEmpty(long deadline) {
    for (LaneFeed feed : feeds) {
      CompletableFuture<Void> empty = feed.whenEmpty();
      try {
        if (empty != null) {
          empty.get(remaining(deadline), TimeUnit.NANOSECONDS);
        }
      } catch (TimeoutException e) {
        LOG.warn("a client's delivery thread still holds {} event(s) at shutdown", feed.held());
        return;
      } catch (ExecutionException e) {
        throw new IllegalStateException("a feed failed its waiter", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }
}
