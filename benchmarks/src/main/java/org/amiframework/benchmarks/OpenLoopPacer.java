package org.amiframework.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Sends events on a fixed schedule from the calling thread, as a PBX does: event {@code i} is due
 * {@code i / rate} seconds after the start, every due event is sent, then the thread parks until
 * the next is due. The offered rate does not depend on how fast the receiver is (an open loop); a
 * sender that was held up catches up by sending what fell due meanwhile.
 */
final class OpenLoopPacer {

  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

  private OpenLoopPacer() {}

  /**
   * Sends {@code events} events at {@code ratePerSecond}, the first at {@code startNanos} ({@link
   * System#nanoTime()}); returns when the last has been handed to {@code send}.
   */
  static void pace(long startNanos, long ratePerSecond, long events, LongConsumer send) {
    long sent = 0;
    while (sent < events) {
      long elapsed = System.nanoTime() - startNanos;
      long due = Math.min(events, elapsed * ratePerSecond / NANOS_PER_SECOND + 1);
      while (sent < due) {
        send.accept(sent++);
      }
      LockSupport.parkNanos(
          startNanos + sent * NANOS_PER_SECOND / ratePerSecond - System.nanoTime());
    }
  }
}
