package org.amiframework.core.internal.client;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * Logs one warning per interval and counts the ones it held back, so that a flood (a full event
 * queue, a garbage stream) is visible in the log without drowning it.
 */
final class RateLimitedLog {

  private final Logger log;
  private final long intervalNanos;
  private long lastNanos;
  private boolean logged;
  private long suppressed;

  RateLimitedLog(Logger log, Duration interval) {
    this.log = log;
    this.intervalNanos = interval.toNanos();
  }

  /** Logs {@code message} (SLF4J format) unless one was logged less than an interval ago. */
  void warn(String message, Object... args) {
    long held;
    synchronized (this) {
      long now = System.nanoTime();
      if (logged && now - lastNanos < intervalNanos) {
        suppressed++;
        return;
      }
      logged = true;
      lastNanos = now;
      held = suppressed;
      suppressed = 0;
    }
    if (held > 0) {
      log.warn(message + " (" + held + " similar warnings suppressed)", args);
    } else {
      log.warn(message, args);
    }
  }
}
