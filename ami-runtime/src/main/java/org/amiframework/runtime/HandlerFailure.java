package org.amiframework.runtime;

import java.util.Objects;
import org.amiframework.core.api.AmiEvent;

/**
 * A handler method threw while handling an event.
 *
 * @param server the configured name of the server the event came from
 * @param event the event (its {@code toString} masks secrets)
 * @param handler the method, as {@code com.example.Bean.method(EventType)}
 * @param cause what the handler threw
 */
public record HandlerFailure(String server, AmiEvent event, String handler, Throwable cause) {

  /** Validates. */
  public HandlerFailure {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(cause, "cause");
  }
}
