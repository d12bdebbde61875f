package org.amiframework.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
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

  /**
   * Frames an event for broadcast. Its category comes from its {@code Privilege} header, else from
   * {@code classes}, else from the bindings; an event with none of them is refused, since Asterisk
   * never sends an event without a class. A message that carries {@code Privilege} is taken as
   * fully framed and sent unchanged.
   */
  public static FramedEvent forBroadcast(
      AmiMessage event, Set<PrivilegeClass> classes, ServerSettings settings) {
    if (event.eventName() == null) {
      throw new IllegalArgumentException(
          "an event must start with Event:, got "
              + (event.isEmpty() ? "(empty message)" : event.header(0).toString()));
    }
    if (event.has("Privilege")) {
      return of(event, Privileges.categoryOf(event.get("Privilege")));
    }
    Set<PrivilegeClass> known = classes;
    if (known == null || known.isEmpty()) {
      EventType<?> type = settings.bindings().event(event.eventName());
      known = type == null ? null : type.classes();
    }
    if (known == null || known.isEmpty()) {
      throw new IllegalArgumentException(
          "event "
              + event.eventName()
              + " has no Privilege header and its classes are unknown: add the header, pass the"
              + " classes (emit(event, PrivilegeClass...)), or give the fake bindings that know it");
    }
    return frame(
        event, PrivilegeClass.mask(known), settings.timestampEvents(), settings.systemName());
  }

  /** Frames an already complete event message. */
  public static FramedEvent of(AmiMessage message, int category) {
    byte[] bytes = MessageEncoder.encode(message);
    return new FramedEvent(
        message.eventName(), category, message, new String(bytes, StandardCharsets.UTF_8), bytes);
  }

  /**
   * Frames an event body as Asterisk queues it: {@code Event}, {@code Privilege} (from {@code
   * category}), {@code Timestamp} when timestamps are on, {@code SystemName} when set, then the
   * body's other headers.
   */
  private static FramedEvent frame(
      AmiMessage body, int category, boolean timestamp, String systemName) {
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
}
