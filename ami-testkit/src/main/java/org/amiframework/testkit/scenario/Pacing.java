package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.util.Objects;

/** How fast {@code FakeAsterisk.play} emits a scenario. */
public final class Pacing {

  private static final Pacing IMMEDIATE = new Pacing(0);

  private final double speed;

  private Pacing(double speed) {
    this.speed = speed;
  }

  /** Every event at once, in order: the default, for unit tests. */
  public static Pacing asFastAsPossible() {
    return IMMEDIATE;
  }

  /** The events as far apart as in the scenario: a 30 s call takes 30 s. */
  public static Pacing realTime() {
    return new Pacing(1);
  }

  /**
   * The events {@code speed} times faster than real time: {@code scaled(60)} plays a minute in a
   * second.
   */
  public static Pacing scaled(double speed) {
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive number: " + speed);
    }
    return new Pacing(speed);
  }

  /** How long to wait between two events {@code gap} apart in the scenario. */
  public Duration delay(Duration gap) {
    Objects.requireNonNull(gap, "gap");
    if (speed == 0 || gap.isZero() || gap.isNegative()) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) (gap.toNanos() / speed));
  }

  @Override
  public String toString() {
    return speed == 0 ? "Pacing{as fast as possible}" : "Pacing{x" + speed + "}";
  }
}
