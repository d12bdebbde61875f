package org.amiframework.core.client;

/**
 * The server could not be reached (refused, unknown host, TLS handshake or host verification
 * failed).
 */
public class AmiConnectException extends AmiException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public AmiConnectException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public AmiConnectException(String message, Throwable cause) {
    super(message, cause);
  }
}
