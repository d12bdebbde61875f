package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What every scenario builder shares: how the server frames its events and when the call starts.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class ScenarioBuilder<B extends ScenarioBuilder<B>> {

  /**
   * The server's framing and the call's start.
   *
   * @param systemName {@code systemname} of asterisk.conf, or null
   * @param timestampEvents {@code timestampevents} of manager.conf
   * @param start when the first event happens
   */
  record Settings(String systemName, boolean timestampEvents, Instant start) {}

  private String systemName;
  private boolean timestampEvents;
  private Instant start;

  ScenarioBuilder() {}

  /**
   * The server's {@code systemname}: a {@code SystemName} header on every event, and the prefix of
   * every Uniqueid, as Asterisk 12+ writes them.
   */
  public B systemName(String name) {
    this.systemName = requireText(name, "systemName");
    return self();
  }

  /** {@code timestampevents = yes}: a {@code Timestamp} header on every event. */
  public B timestampEvents(boolean on) {
    this.timestampEvents = on;
    return self();
  }

  /** When the call starts (default: when {@link #build()} is called). */
  public B startingAt(Instant time) {
    this.start = Objects.requireNonNull(time, "time");
    return self();
  }

  /** The scenario. */
  public abstract Scenario build();

  abstract B self();

  /** A flow on this builder's settings. */
  CallFlow flow() {
    return new CallFlow(
        new Settings(systemName, timestampEvents, start != null ? start : Instant.now()));
  }

  static Duration requireNotNegative(Duration duration, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + duration);
    }
    return duration;
  }

  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " must be one non-blank line: '" + value + "'");
    }
    return value;
  }
}
