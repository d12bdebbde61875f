package org.amiframework.runtime.internal;

import java.util.List;
import java.util.Set;
import org.amiframework.core.api.EventType;

/**
 * A handler method with the events it can receive, as resolved against the bindings at startup.
 *
 * @param method the method
 * @param names the event names it receives; null for an open handler, whose parameter also accepts
 *     events no binding knows, so any name matching its patterns may reach it
 * @param knownTypes the bindings' event types it can receive (for event masks and header checks)
 */
record Handler(HandlerMethod method, Set<String> names, List<EventType<?>> knownTypes) {

  Handler {
    names = names == null ? null : Set.copyOf(names);
    knownTypes = List.copyOf(knownTypes);
  }

  /** Whether its parameter accepts events no binding knows. */
  boolean open() {
    return names == null;
  }

  /** Whether events of this name may reach it (the parameter type is checked per event). */
  boolean receivesName(String name) {
    return names == null ? method.matchesName(name) : names.contains(name);
  }

  /** The server it is restricted to, or null. */
  String server() {
    return method.server();
  }

  /** Whether it receives events of this server. */
  boolean servesServer(String serverName) {
    return method.server() == null || method.server().equals(serverName);
  }

  @Override
  public String toString() {
    return method.description();
  }
}
