package org.amiframework.core.client;

/**
 * The server refused the login (bad user, secret or key); Asterisk closes the connection after
 * about a second.
 */
public class AuthenticationException extends AmiException {
  private static final long serialVersionUID = 1L;

  /** With a message. */
  public AuthenticationException(String message) {
    super(message);
  }

  /** With a message and a cause. */
  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
