package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.amiframework.core.client.AmiClientConfig;

/**
 * When to try again after a connection dropped: exponential backoff (the initial delay doubling up
 * to a maximum) with jitter, so that many clients cut off by one server restart do not all come
 * back in the same millisecond.
 */
final class ReconnectPolicy {

  private final Duration initialDelay;
  private final Duration maxDelay;
  private final int maxAttempts;
  private final DoubleSupplier random;

  /**
   * Creates a policy.
   *
   * @param initialDelay the delay before the first attempt, before jitter
   * @param maxDelay the longest delay, before jitter
   * @param maxAttempts attempts before giving up; 0 means never give up
   * @param random uniform numbers in [0, 1) for the jitter
   */
  ReconnectPolicy(
      Duration initialDelay, Duration maxDelay, int maxAttempts, DoubleSupplier random) {
    if (initialDelay.isNegative() || maxDelay.isNegative() || maxAttempts < 0) {
      throw new IllegalArgumentException(
          "invalid reconnect policy: initialDelay="
              + initialDelay
              + " maxDelay="
              + maxDelay
              + " maxAttempts="
              + maxAttempts);
    }
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
    this.maxAttempts = maxAttempts;
    this.random = random;
  }

  /** The policy a configuration asks for. */
  static ReconnectPolicy of(AmiClientConfig config) {
    return new ReconnectPolicy(
        config.reconnectInitialDelay(),
        config.reconnectMaxDelay(),
        config.reconnectMaxAttempts(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Whether attempt number {@code attempt} (1-based) may be made. */
  boolean mayAttempt(int attempt) {
    return maxAttempts == 0 || attempt <= maxAttempts;
  }

  /** The most attempts, 0 for no limit. */
  int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The delay before attempt number {@code attempt} (1-based): {@code initial * 2^(attempt-1)},
   * capped at the maximum, then drawn uniformly from its upper half ("equal jitter").
   */
  Duration delayBefore(int attempt) {
    long initial = initialDelay.toMillis();
    long max = Math.max(initial, maxDelay.toMillis());
    int doublings = Math.min(Math.max(attempt - 1, 0), 62);
    long base = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
    long half = base / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (base - half)));
  }
}
