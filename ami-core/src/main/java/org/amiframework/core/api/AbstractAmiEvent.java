package org.amiframework.core.api;

import java.util.Objects;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.SecretHeaders;

/**
 * Base of generated event classes: holds the raw message and offers the typed parsers that
 * generated accessors call. Decoding is lazy: a header is parsed only when its accessor is called,
 * and a value that does not parse yields null from the typed accessor while the raw text stays
 * available through {@link #header(String)}.
 */
public abstract class AbstractAmiEvent implements AmiEvent {

  private final AmiMessage message;

  /** Wraps a message whose first header is {@code Event:}. */
  protected AbstractAmiEvent(AmiMessage message) {
    this.message = Objects.requireNonNull(message, "message");
  }

  @Override
  public String name() {
    return message.value(0);
  }

  @Override
  public final AmiMessage message() {
    return message;
  }

  /** The header's value as text, or null. */
  protected final String text(String header) {
    return message.get(header);
  }

  /** The header's value as an Integer, or null when absent or not a number. */
  protected final Integer integer(String header) {
    return Values.parseInt(message.get(header));
  }

  /** The header's value as a Long, or null when absent or not a number. */
  protected final Long longInteger(String header) {
    return Values.parseLong(message.get(header));
  }

  /** The header's value as a Double, or null when absent or not a number. */
  protected final Double decimal(String header) {
    return Values.parseDouble(message.get(header));
  }

  /** The header's value as an Asterisk boolean (yes/true/on/1), or null when absent or unknown. */
  protected final Boolean bool(String header) {
    return Values.parseBoolean(message.get(header));
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((AmiEvent) o).message().equals(message);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode() * 31 + message.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('{');
    for (int i = 1; i < message.size(); i++) {
      if (i > 1) {
        sb.append(", ");
      }
      String name = message.name(i);
      sb.append(name).append(": ");
      sb.append(SecretHeaders.isSecret(name) ? "******" : message.value(i));
    }
    return sb.append('}').toString();
  }
}
