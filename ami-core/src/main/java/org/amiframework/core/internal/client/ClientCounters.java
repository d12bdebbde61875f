package org.amiframework.core.internal.client;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import org.amiframework.core.client.ClientMetrics;

/** The live counters behind {@link ClientMetrics}; incremented from any thread. */
final class ClientCounters implements ClientMetrics {

  final LongAdder eventsReceived = new LongAdder();
  final LongAdder eventsDropped = new LongAdder();
  final LongAdder actionsSent = new LongAdder();
  final LongAdder actionsTimedOut = new LongAdder();
  final LongAdder frameErrors = new LongAdder();
  final LongAdder reconnects = new LongAdder();
  private volatile IntSupplier queued = () -> 0;

  /** Where {@link #eventsQueued()} reads the current queue length. */
  void queueLength(IntSupplier queued) {
    this.queued = queued;
  }

  @Override
  public long eventsReceived() {
    return eventsReceived.sum();
  }

  @Override
  public long eventsDropped() {
    return eventsDropped.sum();
  }

  @Override
  public int eventsQueued() {
    return queued.getAsInt();
  }

  @Override
  public long actionsSent() {
    return actionsSent.sum();
  }

  @Override
  public long actionsTimedOut() {
    return actionsTimedOut.sum();
  }

  @Override
  public long frameErrors() {
    return frameErrors.sum();
  }

  @Override
  public long reconnects() {
    return reconnects.sum();
  }

  @Override
  public String toString() {
    return "ClientMetrics{eventsReceived="
        + eventsReceived()
        + ", eventsDropped="
        + eventsDropped()
        + ", eventsQueued="
        + eventsQueued()
        + ", actionsSent="
        + actionsSent()
        + ", actionsTimedOut="
        + actionsTimedOut()
        + ", frameErrors="
        + frameErrors()
        + ", reconnects="
        + reconnects()
        + "}";
  }
}
