package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * A call flow as a real Asterisk reports it: an ordered list of complete events with consistent
 * channel names, Uniqueids, Linkedids and times. Built by {@link Scenarios}; played into a fake
 * with {@code FakeAsterisk.play(scenario)}, or emitted event by event. Immutable.
 */
public final class Scenario {

  private final List<ScenarioEvent> events;
  private final String linkedId;

  Scenario(List<ScenarioEvent> events, String linkedId) {
    this.events = List.copyOf(events);
    this.linkedId = Objects.requireNonNull(linkedId, "linkedId");
  }

  /** The events, in order. */
  public List<ScenarioEvent> events() {
    return events;
  }

  /** The event messages, in order. */
  public List<AmiMessage> messages() {
    return events.stream().map(ScenarioEvent::message).toList();
  }

  /** The event names, in order: handy for asserting on the shape of a flow. */
  public List<String> eventNames() {
    return events.stream().map(ScenarioEvent::name).toList();
  }

  /** The Linkedid every channel of the call shares: the Uniqueid of its first channel. */
  public String linkedId() {
    return linkedId;
  }

  /** The names of the call's channels, in the order they were created. */
  public List<String> channels() {
    return events.stream()
        .filter(e -> "Newchannel".equals(e.name()))
        .map(e -> e.message().get("Channel"))
        .toList();
  }

  /** How long the call lasts: the offset of its last event. */
  public Duration duration() {
    return events.isEmpty() ? Duration.ZERO : events.get(events.size() - 1).offset();
  }

  /**
   * The call as it stands {@code offset} into it: the events up to then. Playing it leaves the fake
   * believing the channels of that moment exist (for Status and CoreShowChannels).
   */
  public Scenario upTo(Duration offset) {
    return new Scenario(
        events.stream().filter(e -> e.offset().compareTo(offset) <= 0).toList(), linkedId);
  }

  @Override
  public String toString() {
    return "Scenario{" + events.size() + " events over " + duration() + ": " + eventNames() + "}";
  }
}
