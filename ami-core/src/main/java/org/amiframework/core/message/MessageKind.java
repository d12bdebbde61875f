package org.amiframework.core.message;

/**
 * What a message is, decided by its <em>first</em> header as Asterisk requires: an {@code
 * OriginateResponse} event carries a {@code Response:} header too, but starts with {@code Event:}.
 */
public enum MessageKind {
  /** Starts with {@code Response:}: the answer to an action. */
  RESPONSE,
  /** Starts with {@code Event:}. */
  EVENT,
  /** Starts with {@code Action:}: a request (what a client writes, what a server reads). */
  ACTION,
  /** Anything else, including an empty message. */
  OTHER;

  /** Classifies by the name of the first header. */
  public static MessageKind ofFirstHeader(String name) {
    if (name.equalsIgnoreCase("Event")) {
      return EVENT;
    }
    if (name.equalsIgnoreCase("Response")) {
      return RESPONSE;
    }
    if (name.equalsIgnoreCase("Action")) {
      return ACTION;
    }
    return OTHER;
  }
}
