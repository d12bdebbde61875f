package org.amiframework.core.client;

/** The connection dropped (or the client was closed) before the action was answered. */
public class ConnectionLostException extends AmiException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public ConnectionLostException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public ConnectionLostException(String message, Throwable cause) {
    super(message, cause);
  }
}
