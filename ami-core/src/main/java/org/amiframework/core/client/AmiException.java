package org.amiframework.core.client;

/** Base of the client's failures. Messages never contain secrets. */
public class AmiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public AmiException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public AmiException(String message, Throwable cause) {
    super(message, cause);
  }
}
