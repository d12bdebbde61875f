package org.amiframework.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * A set of generated bindings: the event and action types of one definitions file. Generated code
 * implements it with a switch on the name; {@link #compose} stacks a user's bindings over the stock
 * ones.
 */
public interface Bindings {

  /** The event type of this name (exact, as Asterisk writes it), or null. */
  EventType<?> event(String name);

  /** The action type of this name (case-insensitive, as Asterisk matches actions), or null. */
  ActionType<?> action(String name);

  /** Every event type, for startup-time indexing. */
  Collection<EventType<?>> events();

  /** Every action type. */
  Collection<ActionType<?>> actions();

  /** Where these bindings came from (definitions file and version), for diagnostics. */
  String source();

  /** Decodes an event message into its typed view, or a {@link GenericEvent} if unknown. */
  default AmiEvent decodeEvent(AmiMessage message) {
    String name = message.eventName();
    EventType<?> type = name == null ? null : event(name);
    return type == null ? new GenericEvent(message) : type.decoder().apply(message);
  }

  /** Bindings that know nothing: every event decodes to a {@link GenericEvent}. */
  static Bindings none() {
    return compose(List.of());
  }

  /** The union of several bindings; the first that knows a name wins. */
  static Bindings compose(List<Bindings> layers) {
    List<Bindings> copy = List.copyOf(layers);
    return new Bindings() {
      @Override
      public EventType<?> event(String name) {
        for (Bindings b : copy) {
          EventType<?> t = b.event(name);
          if (t != null) {
            return t;
          }
        }
        return null;
      }

      @Override
      public ActionType<?> action(String name) {
        for (Bindings b : copy) {
          ActionType<?> t = b.action(name);
          if (t != null) {
            return t;
          }
        }
        return null;
      }

      @Override
      public Collection<EventType<?>> events() {
        List<EventType<?>> all = new ArrayList<>();
        copy.forEach(b -> b.events().stream().filter(t -> event(t.name()) == t).forEach(all::add));
        return all;
      }

      @Override
      public Collection<ActionType<?>> actions() {
        List<ActionType<?>> all = new ArrayList<>();
        copy.forEach(
            b -> b.actions().stream().filter(t -> action(t.name()) == t).forEach(all::add));
        return all;
      }

      @Override
      public String source() {
        return copy.stream().map(Bindings::source).toList().toString();
      }
    };
  }
}
