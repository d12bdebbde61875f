package org.amiframework.runtime.internal;

import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiEvent;

/**
 * One event on its way through a lane, or a barrier when {@code event} is null.
 *
 * @param server where it came from (null for a barrier)
 * @param event the event, or null for a barrier
 * @param name the event's name, "" when it has none; read where the delivery is made, so that a
 *     lane finds the handlers of the name without touching the event's message, which another core
 *     wrote: events no handler receives then cost the lane nothing more
 * @param done completed once the event's handlers have run (or the barrier is reached); null when
 *     nobody waits, as for events from clients
 */
record Delivery(ServerLink server, AmiEvent event, String name, CompletableFuture<Void> done) {

  Delivery(ServerLink server, AmiEvent event, CompletableFuture<Void> done) {
    this(server, event, event == null ? null : nameOf(event), done);
  }

  private static String nameOf(AmiEvent event) {
    String name = event.name();
    return name == null ? "" : name;
  }

  static Delivery barrier() {
    return new Delivery(null, null, new CompletableFuture<>());
  }

  boolean isBarrier() {
    return event == null;
  }
}
