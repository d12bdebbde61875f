package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts events arriving at handlers (on any thread) down to zero and wakes the one benchmark
 * thread waiting for them; arrivals while nothing is expected are ignored.
 */
final class Arrivals {

  private final AtomicLong remaining = new AtomicLong();
  private volatile Thread waiter;

  /** Expects {@code count} arrivals; the calling thread is the one {@link #await} wakes. */
  void expect(long count) {
    waiter = Thread.currentThread();
    remaining.set(count);
  }

  /** One event arrived. */
  void arrived() {
    if (remaining.get() > 0 && remaining.decrementAndGet() == 0) {
      LockSupport.unpark(waiter);
    }
  }

  /** How many expected events have not arrived yet. */
  long remaining() {
    return Math.max(0, remaining.get());
  }

  /**
   * Waits until every expected event has arrived.
   *
   * @throws TimeoutException naming how many are missing, when they do not all arrive in time
   */
  void await(Duration timeout) throws TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (remaining.get() > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new TimeoutException(remaining() + " expected event(s) never reached the handlers");
      }
      LockSupport.parkNanos(this, left);
    }
  }
}
