package org.amiframework.core.testsupport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * A hand-written typed event in the shape generated ones have, and bindings that know only it: to
 * check that the client decodes with the configured bindings.
 */
public final class StatusItem extends AbstractAmiEvent {

  /** The type, as generated bindings declare it. */
  public static final EventType<StatusItem> TYPE =
      new EventType<>(
          "Status",
          StatusItem.class,
          EnumSet.of(PrivilegeClass.CALL),
          Set.of("Channel", "ChannelState"),
          StatusItem::new);

  /** Bindings that type {@code Status} events and nothing else. */
  public static final Bindings BINDINGS =
      new Bindings() {
        @Override
        public EventType<?> event(String name) {
          return TYPE.name().equals(name) ? TYPE : null;
        }

        @Override
        public ActionType<?> action(String name) {
          return null;
        }

        @Override
        public List<EventType<?>> events() {
          return List.of(TYPE);
        }

        @Override
        public List<ActionType<?>> actions() {
          return List.of();
        }

        @Override
        public String source() {
          return "test: StatusItem only";
        }
      };

  StatusItem(AmiMessage message) {
    super(message);
  }

  /** The channel. */
  public String channel() {
    return text("Channel");
  }

  @Override
  public Set<PrivilegeClass> privilegeClasses() {
    return TYPE.classes();
  }
}
