package org.amiframework.testkit.internal;

import org.amiframework.core.message.AmiMessage;

/**
 * Builds responses in the one order {@code astman_send_response_full()} writes them: {@code
 * Response}, {@code ActionID} (only when the request carried a non-empty one), {@code EventList},
 * {@code Message}.
 */
public final class Responses {

  private Responses() {}

  /** {@code Response: <value>} and the echoed ActionID; the caller adds the rest. */
  public static AmiMessage.Builder start(String response, AmiMessage request) {
    AmiMessage.Builder b = AmiMessage.builder().add("Response", response);
    String id = actionId(request);
    if (id != null) {
      b.add("ActionID", id);
    }
    return b;
  }

  /** {@code Response: Success} with a message. */
  public static AmiMessage success(AmiMessage request, String message) {
    return start("Success", request).add("Message", message).build();
  }

  /** {@code Response: Error}; errors always carry a message. */
  public static AmiMessage error(AmiMessage request, String message) {
    return start("Error", request).add("Message", message).build();
  }

  /** The ack that opens an event list: {@code EventList: start}. */
  public static AmiMessage listAck(AmiMessage request, String message) {
    return start("Success", request).add("EventList", "start").add("Message", message).build();
  }

  /**
   * The event that ends a list: Event, ActionID, EventList, ListItems, then {@code extras} as
   * name/value pairs (e.g. {@code Items} for StatusComplete).
   */
  public static AmiMessage listComplete(
      AmiMessage request, String eventName, int items, String... extras) {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", eventName);
    String id = actionId(request);
    if (id != null) {
      b.add("ActionID", id);
    }
    b.add("EventList", "Complete").add("ListItems", Integer.toString(items));
    for (int i = 0; i + 1 < extras.length; i += 2) {
      b.add(extras[i], extras[i + 1]);
    }
    return b.build();
  }

  /** A list item with the request's ActionID added last, where Asterisk's list producers put it. */
  public static AmiMessage listItem(AmiMessage item, AmiMessage request) {
    String id = actionId(request);
    if (id == null || item.has("ActionID")) {
      return item;
    }
    return item.with("ActionID", id);
  }

  /** The request's first ActionID when it is non-empty (the only case Asterisk echoes), or null. */
  public static String actionId(AmiMessage request) {
    String id = request.get("ActionID");
    return id == null || id.isEmpty() ? null : id;
  }
}
