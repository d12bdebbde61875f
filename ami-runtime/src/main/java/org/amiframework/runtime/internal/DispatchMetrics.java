package org.amiframework.runtime.internal;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import org.amiframework.runtime.RuntimeMetrics;

/** The counters behind {@link RuntimeMetrics}, updated by lanes and the dispatcher. */
final class DispatchMetrics implements RuntimeMetrics {

  final LongAdder accepted = new LongAdder();
  final LongAdder dispatched = new LongAdder();
  final LongAdder discarded = new LongAdder();
  final LongAdder invocations = new LongAdder();
  final LongAdder failures = new LongAdder();
  private volatile IntSupplier queued = () -> 0;

  void queuedFrom(IntSupplier queued) {
    this.queued = queued;
  }

  @Override
  public long eventsAccepted() {
    return accepted.sum();
  }

  @Override
  public long eventsDispatched() {
    return dispatched.sum();
  }

  @Override
  public long eventsDiscarded() {
    return discarded.sum();
  }

  @Override
  public long handlerInvocations() {
    return invocations.sum();
  }

  @Override
  public long handlerFailures() {
    return failures.sum();
  }

  @Override
  public int eventsQueued() {
    return queued.getAsInt();
  }

  @Override
  public String toString() {
    return "RuntimeMetrics{accepted="
        + eventsAccepted()
        + ", dispatched="
        + eventsDispatched()
        + ", discarded="
        + eventsDiscarded()
        + ", invocations="
        + handlerInvocations()
        + ", failures="
        + handlerFailures()
        + ", queued="
        + eventsQueued()
        + "}";
  }
}
