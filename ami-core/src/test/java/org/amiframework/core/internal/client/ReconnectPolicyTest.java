package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exponential backoff with equal jitter. */
class ReconnectPolicyTest {

  private static ReconnectPolicy policy(double random, int maxAttempts) {
    return new ReconnectPolicy(
        Duration.ofMillis(500), Duration.ofSeconds(30), maxAttempts, () -> random);
  }

  @Test
  void delayDoublesUpToTheMaximum() {
    ReconnectPolicy longest = policy(0.999999, 0);

    assertEquals(499, longest.delayBefore(1).toMillis());
    assertEquals(999, longest.delayBefore(2).toMillis());
    assertEquals(1999, longest.delayBefore(3).toMillis());
    assertEquals(29_999, longest.delayBefore(8).toMillis());
    assertEquals(29_999, longest.delayBefore(1_000).toMillis(), "no overflow on long outages");
  }

  @Test
  void jitterKeepsTheUpperHalf() {
    assertEquals(250, policy(0.0, 0).delayBefore(1).toMillis());
    assertEquals(15_000, policy(0.0, 0).delayBefore(20).toMillis());
    assertEquals(375, policy(0.5, 0).delayBefore(1).toMillis());
  }

  @Test
  void attemptsAreLimitedUnlessZero() {
    assertTrue(policy(0, 0).mayAttempt(1_000_000));
    assertTrue(policy(0, 3).mayAttempt(3));
    assertFalse(policy(0, 3).mayAttempt(4));
  }

  @Test
  void negativeSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> policy(0, -1));
  }
}
