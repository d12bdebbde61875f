package org.amiframework.testkit.e2e;

import java.util.Collection;
import java.util.List;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventType;

/** The typed events of the end-to-end tests: Hangup (call) and Reload (system). */
public final class TestBindings implements Bindings {

  private static final List<EventType<?>> EVENTS = List.of(Hangup.TYPE, Reload.TYPE);

  @Override
  public EventType<?> event(String name) {
    return EVENTS.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  @Override
  public ActionType<?> action(String name) {
    return null;
  }

  @Override
  public Collection<EventType<?>> events() {
    return EVENTS;
  }

  @Override
  public Collection<ActionType<?>> actions() {
    return List.of();
  }

  @Override
  public String source() {
    return "ami-testkit end-to-end test bindings";
  }
}
