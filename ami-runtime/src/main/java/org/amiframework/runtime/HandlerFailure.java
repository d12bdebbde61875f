package org.amiframework.runtime;

import java.util.Objects;
import org.amiframework.core.api.AmiEvent;

/**
 * A handler method threw while handling an event.
 *
 * @param server the configured name of the server the event came from
 * @param event the event
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

  /** Names handler, server, cause and the event's headers, with secret values masked. */
  @Override
  public String toString() {
    // The raw message masks secrets in toString; an event's own toString need not.
    return handler
        + " failed on an event from server '"
        + server
        + "' with "
        + cause
        + ": "
        + event.message().toString().replace('\n', ' ').trim();
  }
}
