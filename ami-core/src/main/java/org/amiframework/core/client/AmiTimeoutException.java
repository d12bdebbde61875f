package org.amiframework.core.client;

/** An action, the login or the keepalive Ping was not answered in time. */
public class AmiTimeoutException extends AmiException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public AmiTimeoutException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public AmiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
