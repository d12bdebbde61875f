package org.amiframework.core.internal.client;

import org.amiframework.core.client.ConnectionLostException;

/**
 * The server refused an action unrun because the session it was sent in was gone (an HTTP session
 * that expired or was logged off: Asterisk answers {@code Permission denied} in a new session).
 * Since the action did not run, the client sends it once more in the next session; users never see
 * this type, only the {@link ConnectionLostException} it becomes when no next session comes ({@link
 * #toPublic()}). Public only for the other internal packages.
 */
public final class SessionGoneException extends ConnectionLostException {

  private static final long serialVersionUID = 1L;

  /** With a message naming the action and the server. */
  public SessionGoneException(String message) {
    super(message);
  }

  /** The failure users see: a plain {@link ConnectionLostException} with the same message. */
  public ConnectionLostException toPublic() {
    return new ConnectionLostException(getMessage(), this);
  }
}
