package org.amiframework.processor.internal.facts;

import java.util.List;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.EventDefinition;

/**
 * The facts of several documentation files: every action and event of any of them, merged by name,
 * each knowing which versions document it.
 *
 * @param versions the documented Asterisk versions, newest first
 * @param sources the file names, in the order of {@code versions}
 * @param actions the actions, sorted by name
 * @param events the events, sorted by name
 */
public record Facts(
    List<String> versions,
    List<String> sources,
    List<VersionedDefinition<ActionDefinition>> actions,
    List<VersionedDefinition<EventDefinition>> events) {

  /** Copies. */
  public Facts {
    versions = List.copyOf(versions);
    sources = List.copyOf(sources);
    actions = List.copyOf(actions);
    events = List.copyOf(events);
  }
}
