package org.amiframework.testkit.stub;

import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * The entry points of the stub language; import them statically: {@code
 * pbx.stubFor(action("Originate").withHeader("Channel", "Local/100@default"))
 * .willReturn(success("Originate successfully queued").thenEmit(originateResponse))}.
 */
public final class Stubs {

  private Stubs() {}

  /** Matches actions named {@code name} (any case). */
  public static ActionMatcher action(String name) {
    return ActionMatcher.action(name);
  }

  /** Matches every action. */
  public static ActionMatcher anyAction() {
    return ActionMatcher.anyAction();
  }

  /** {@code Response: Success} without a message (add headers as {@code astman_start_ack} does). */
  public static Reply success() {
    return Reply.response("Success", null);
  }

  /** {@code Response: Success} with {@code Message: text}. */
  public static Reply success(String message) {
    return Reply.response("Success", message);
  }

  /** {@code Response: Error} with {@code Message: text} (errors always carry a message). */
  public static Reply error(String message) {
    return Reply.response("Error", message);
  }

  /** A response with any {@code Response:} value ({@code Goodbye}, {@code Follows}...). */
  public static Reply response(String value, String message) {
    return Reply.response(value, message);
  }

  /**
   * An event list: an ack ({@code EventList: start}), these items (each gets the request's ActionID
   * last if it has none), and a completion event ({@code <Action>Complete}, {@code EventList:
   * Complete}, {@code ListItems: n}).
   */
  public static Reply list(AmiMessage... items) {
    return Reply.list(List.of(items));
  }

  /** An event list of these items; see {@link #list(AmiMessage...)}. */
  public static Reply list(List<AmiMessage> items) {
    return Reply.list(items);
  }

  /** No response at all: the action is recorded and left unanswered. */
  public static Reply noResponse() {
    return Reply.none();
  }

  /** An event message from alternating names and values: {@code event("Hangup", "Cause", "16")}. */
  public static AmiMessage event(String name, String... headerNamesAndValues) {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", name);
    if (headerNamesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("header names and values must come in pairs");
    }
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      b.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return b.build();
  }
}
