package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * One event of a {@link Scenario}: the message as Asterisk writes it, and when it happens.
 *
 * @param offset the time since the scenario began
 * @param message the complete event ({@code Event}, {@code Privilege}, ...)
 */
public record ScenarioEvent(Duration offset, AmiMessage message) {

  /** Validates. */
  public ScenarioEvent {
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(message, "message");
    if (offset.isNegative()) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /** The event name. */
  public String name() {
    return message.eventName();
  }
}
