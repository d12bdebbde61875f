package org.amiframework.testkit;

import java.time.Instant;
import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * One message a client sent to the fake, with where and when it came from.
 *
 * @param sessionId the {@link FakeSession#id()} of the connection
 * @param user the name the session was logged in as when it sent this, or null before login
 * @param message the action exactly as read (secrets are masked in its {@code toString})
 * @param receivedAt when the fake read it
 */
public record ReceivedAction(int sessionId, String user, AmiMessage message, Instant receivedAt) {

  /** Validates. */
  public ReceivedAction {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  @Override
  public String toString() {
    String text = message.isEmpty() ? "(empty message)" : message.toString().strip();
    return "[session "
        + sessionId
        + (user == null ? "" : ", " + user)
        + "] "
        + text.replace("\n", " | ");
  }
}
