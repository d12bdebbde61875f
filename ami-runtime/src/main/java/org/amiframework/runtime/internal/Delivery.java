package org.amiframework.runtime.internal;

import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiEvent;

/**
 * One event on its way through a lane, or a barrier when {@code event} is null.
 *
 * @param server where it came from (null for a barrier)
 * @param event the event, or null for a barrier
 * @param done completed once the event's handlers have run (or the barrier is reached); null when
 *     nobody waits, as for events from clients
 */
record Delivery(ServerLink server, AmiEvent event, CompletableFuture<Void> done) {

  static Delivery barrier() {
    return new Delivery(null, null, new CompletableFuture<>());
  }

  boolean isBarrier() {
    return event == null;
  }
}
