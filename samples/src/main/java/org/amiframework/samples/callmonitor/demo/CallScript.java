package org.amiframework.samples.callmonitor.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.amiframework.core.message.AmiMessage;

/** One simulated call as the events the demo PBX emits, each at its time from the call's start. */
public final class CallScript {

  /**
   * One event and when to emit it.
   *
   * @param at the time from the start of the call
   * @param event makes the event when it is due (queue positions depend on the other calls)
   */
  record Step(Duration at, Supplier<AmiMessage> event) {}

  private final List<Step> steps = new ArrayList<>();
  private Duration now = Duration.ZERO;

  /** Lets time pass before the next event. */
  CallScript pause(double seconds) {
    now = now.plusMillis(Math.round(seconds * 1000));
    return this;
  }

  /** Emits an event at the current time. */
  CallScript emit(AmiMessage event) {
    return emit(() -> event);
  }

  /** Emits an event made when it is due. */
  CallScript emit(Supplier<AmiMessage> event) {
    steps.add(new Step(now, event));
    return this;
  }

  /** The events with their times, in order. */
  List<Step> steps() {
    return List.copyOf(steps);
  }

  /** How many events are written so far. */
  public int size() {
    return steps.size();
  }

  /** The events in order, made now, for a test that emits them at once. */
  public List<AmiMessage> events() {
    return steps.stream().map(step -> step.event().get()).toList();
  }
}
