package org.amiframework.testkit.internal;

import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;

/**
 * An event ready for delivery, framed once for every session as {@code
 * __manager_event_sessions_va()} does: its category for the class test, its name and whole text for
 * the filters, and its wire bytes.
 *
 * @param name the event name
 * @param category the class bits the session must all hold to receive it
 * @param message the framed message
 * @param text the wire text the filters run on
 * @param bytes the encoded message
 */
public record FramedEvent(
    String name, int category, AmiMessage message, String text, byte[] bytes) {

  /** Frames an already complete event message. */
  public static FramedEvent of(AmiMessage message, int category) {
    byte[] bytes = MessageEncoder.encode(message);
    return new FramedEvent(
        message.eventName(), category, message, new String(bytes, StandardCharsets.UTF_8), bytes);
  }

  /**
   * Frames an event body as Asterisk queues it: {@code Event}, {@code Privilege} (from {@code
   * category}), {@code Timestamp} when timestamps are on, {@code SystemName} when set, then the
   * body's other headers. A message that already carries {@code Privilege} is taken as fully framed
   * and sent unchanged.
   */
  public static FramedEvent frame(
      AmiMessage body, int category, boolean timestamp, String systemName) {
    if (body.eventName() == null) {
      throw new IllegalArgumentException(
          "an event must start with an Event: header, got: " + firstLine(body));
    }
    if (body.has("Privilege")) {
      return of(body, Privileges.categoryOf(body.get("Privilege")));
    }
    AmiMessage.Builder b =
        AmiMessage.builder()
            .add(body.name(0), body.value(0))
            .add("Privilege", Privileges.authorityToString(category));
    if (timestamp && !body.has("Timestamp")) {
      b.add("Timestamp", Timestamps.now());
    }
    if (systemName != null && !body.has("SystemName")) {
      b.add("SystemName", systemName);
    }
    for (int i = 1; i < body.size(); i++) {
      b.add(body.name(i), body.value(i));
    }
    return of(b.body(body.body().orElse(null)).build(), category);
  }

  private static String firstLine(AmiMessage m) {
    return m.isEmpty() ? "(empty message)" : m.header(0).toString();
  }
}
