package org.amiframework.core.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.message.AmiMessage;

/**
 * What a binding knows of one event type, built once by generated code: the runtime reads it at
 * startup to route by name, check filters and privileges; decoding goes through {@link #decoder()},
 * with no reflection.
 *
 * @param name the event name on the wire
 * @param javaType the generated class
 * @param classes the privilege classes from the definitions
 * @param headers the documented header names
 * @param decoder wraps a raw message into the typed view
 */
public record EventType<E extends AmiEvent>(
    String name,
    Class<E> javaType,
    Set<PrivilegeClass> classes,
    Set<String> headers,
    Function<AmiMessage, E> decoder) {

  /** Validates and copies. */
  public EventType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaType, "javaType");
    classes = Set.copyOf(classes);
    headers = Set.copyOf(headers);
    Objects.requireNonNull(decoder, "decoder");
  }

  /** Whether {@code header} is documented for this event (case-insensitive). */
  public boolean hasHeader(String header) {
    for (String h : headers) {
      if (h.equalsIgnoreCase(header)) {
        return true;
      }
    }
    return false;
  }
}
