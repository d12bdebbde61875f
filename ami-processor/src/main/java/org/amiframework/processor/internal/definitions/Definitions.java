package org.amiframework.processor.internal.definitions;

import java.util.List;
import java.util.Objects;

/**
 * Everything read from one definitions file: the immutable model the later steps work on.
 *
 * @param file the file as the user named it
 * @param actions the actions, sorted by name
 * @param events the events, sorted by name
 */
public record Definitions(
    String file, List<ActionDefinition> actions, List<EventDefinition> events) {

  /** Validates and copies. */
  public Definitions {
    Objects.requireNonNull(file, "file");
    actions = List.copyOf(actions);
    events = List.copyOf(events);
  }

  /** The action of this name (case-insensitive, as Asterisk matches actions), or null. */
  public ActionDefinition action(String name) {
    for (ActionDefinition a : actions) {
      if (a.name().equalsIgnoreCase(name)) {
        return a;
      }
    }
    return null;
  }

  /** The event of this exact name, or null. */
  public EventDefinition event(String name) {
    for (EventDefinition e : events) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
