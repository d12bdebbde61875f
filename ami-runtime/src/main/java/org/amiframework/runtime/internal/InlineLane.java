package org.amiframework.runtime.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One lane without a thread of its own ({@code ami.lanes=1}): the thread that hands an event over
 * runs its handlers, holding the lane's lock. For events from a server that thread is the client's
 * delivery thread, never its socket reader, so the event skips a queue and a wake-up, and the
 * guarantees of one lane hold: one handler at a time, in the order events were handed over, across
 * all servers (the delivery threads of other servers wait for the lock, as they would for room in a
 * full queue).
 *
 * <p>An event a handler publishes runs right after the event being handled, on the same thread; at
 * most {@code capacity} of them wait, beyond which publishing is refused. A slow handler slows the
 * client's delivery thread itself: the client's queue fills and its overflow policy applies, as
 * with a full lane.
 */
final class InlineLane implements EventLanes {

  private static final Logger LOG = LoggerFactory.getLogger(InlineLane.class);
  private static final long LOCK_SLICE_MS = 100;
  private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Delivery> published = new ArrayDeque<>(); // guarded by lock
  private final int capacity;
  private final Consumer<Delivery> dispatcher;
  private final DispatchMetrics metrics;
  private volatile boolean accepting = true;
  private volatile boolean abandoned;
  private volatile Thread runner;

  InlineLane(int capacity, Consumer<Delivery> dispatcher, DispatchMetrics metrics) {
    this.capacity = capacity;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
  }

  /** Whether the current thread is running handlers of an inline lane. */
  static boolean runningHere() {
    return RUNNING.get() != null;
  }

  @Override
  public void start() {
    // nothing to start: handlers run on the threads handing events over
  }

  @Override
  public boolean submit(Delivery d) {
    if (lock.isHeldByCurrentThread()) { // published by a handler: runs after the current event
      boolean queued = accepting && published.size() < capacity;
      if (queued) {
        published.add(d);
      }
      return counted(queued);
    }
    if (!acquire()) {
      return counted(false);
    }
    try {
      metrics.accepted.increment();
      runner = Thread.currentThread();
      RUNNING.set(Boolean.TRUE);
      run(d);
      for (Delivery next = published.poll(); next != null; next = published.poll()) {
        if (abandoned) {
          metrics.discarded.add(1 + discardAll());
          fail(next);
          break;
        }
        run(next);
      }
      return true;
    } finally {
      RUNNING.remove();
      runner = null;
      lock.unlock();
    }
  }

  private boolean counted(boolean accepted) {
    (accepted ? metrics.accepted : metrics.discarded).increment();
    return accepted;
  }

  /** Takes the lock, waiting in slices so that shutdown is noticed; false when shutting down. */
  private boolean acquire() {
    try {
      while (accepting) {
        if (lock.tryLock(LOCK_SLICE_MS, TimeUnit.MILLISECONDS)) {
          if (accepting) {
            return true;
          }
          lock.unlock();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private void run(Delivery d) {
    Lane.dispatch(dispatcher, d);
    metrics.dispatched.increment();
    if (d.done() != null) {
      d.done().complete(null);
    }
  }

  @Override
  public CompletableFuture<Void> flush() {
    if (runningHere()) {
      throw new IllegalStateException("flush() called from a handler would wait for itself");
    }
    if (!accepting) {
      return CompletableFuture.failedFuture(new RejectedExecutionException("shutting down"));
    }
    // Handing over runs the handlers before it returns: what is running finishes under the lock.
    lock.lock();
    lock.unlock();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public int shutdown(Duration timeout) {
    accepting = false;
    try {
      if (lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        lock.unlock();
        return 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Thread stuck = runner;
    abandoned = true;
    if (stuck != null) {
      LOG.warn(
          "{} is still running a handler after the shutdown timeout; interrupting it",
          stuck.getName());
      stuck.interrupt();
    }
    return 0; // what the stuck handler published is discarded, and counted, by its thread
  }

  private int discardAll() {
    int n = 0;
    for (Delivery d = published.poll(); d != null; d = published.poll()) {
      fail(d);
      n++;
    }
    return n;
  }

  private static void fail(Delivery d) {
    if (d.done() != null) {
      d.done().completeExceptionally(new RejectedExecutionException("discarded at shutdown"));
    }
  }
}
