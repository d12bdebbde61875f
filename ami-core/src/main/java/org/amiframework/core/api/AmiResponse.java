package org.amiframework.core.api;

import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * The response to an action: {@code Response: Success|Error|Goodbye|...} with whatever headers the
 * action adds (a response is a general map of headers, not a fixed record).
 */
public final class AmiResponse {

  private final AmiMessage message;

  /** Wraps a message whose first header is {@code Response:}. */
  public AmiResponse(AmiMessage message) {
    this.message = Objects.requireNonNull(message, "message");
  }

  /** The value of {@code Response:} ({@code Success}, {@code Error}, {@code Goodbye}, ...). */
  public String status() {
    return message.get("Response");
  }

  /** Whether the status is {@code Success} (or {@code Goodbye}, the success of Logoff). */
  public boolean isSuccess() {
    String s = status();
    return "Success".equalsIgnoreCase(s) || "Goodbye".equalsIgnoreCase(s);
  }

  /** Whether the status is {@code Error}. */
  public boolean isError() {
    return "Error".equalsIgnoreCase(status());
  }

  /** The human-readable {@code Message:} header, or null. */
  public String text() {
    return message.get("Message");
  }

  /** The echoed {@code ActionID}, or null. */
  public String actionId() {
    return message.actionId();
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return message.get(name);
  }

  /** The raw message. */
  public AmiMessage message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmiResponse r && r.message.equals(message);
  }

  @Override
  public int hashCode() {
    return message.hashCode();
  }

  @Override
  public String toString() {
    return "AmiResponse{" + message.toString().replace('\n', ' ').trim() + "}";
  }
}
