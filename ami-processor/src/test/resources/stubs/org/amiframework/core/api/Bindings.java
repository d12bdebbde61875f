package org.amiframework.core.api;

import java.util.Collection;

public interface Bindings {
  EventType<?> event(String name);

  ActionType<?> action(String name);

  Collection<EventType<?>> events();

  Collection<ActionType<?>> actions();

  String source();
}
