package org.amiframework.core.wire;

/**
 * A header name or value holds a character that would break AMI framing (CR, LF or NUL) or a name
 * that is not a valid header name. Such a value could inject a second action into the stream, so it
 * is rejected before anything is written.
 */
public class HeaderInjectionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the header and the offending character. */
  public HeaderInjectionException(String message) {
    super(message);
  }
}
