package org.amiframework.core.message;

import java.util.Objects;

/**
 * One {@code Name: value} line of an AMI message, exactly as it was read or will be written.
 *
 * <p>A line that had no colon (legacy {@code Command} output, HTTP opaque data, or garbage from a
 * broken peer) is kept as a <em>bare line</em>: {@link #name()} is empty and {@link #value()} holds
 * the whole line, so nothing read is ever lost.
 *
 * @param name the header name as written on the wire (case preserved); empty for a bare line
 * @param value the value after the colon and the blanks that follow it; never null
 */
public record Header(String name, String value) {

  /** Creates a header, rejecting nulls. */
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A line without a colon, kept whole. */
  public static Header bareLine(String line) {
    return new Header("", line);
  }

  /** Whether this is a line that had no colon. */
  public boolean isBareLine() {
    return name.isEmpty();
  }

  /** Whether this header's name equals {@code other}, ignoring case as Asterisk does. */
  public boolean is(String other) {
    return name.equalsIgnoreCase(other);
  }

  @Override
  public String toString() {
    return isBareLine() ? value : name + ": " + (SecretHeaders.isSecret(name) ? "******" : value);
  }
}
