package org.amiframework.testkit.e2e;

import java.util.Set;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/** A typed Reload: an event of the system class, which a call,reporting user never receives. */
public final class Reload extends AbstractAmiEvent {

  /** Its binding. */
  public static final EventType<Reload> TYPE =
      new EventType<>(
          "Reload",
          Reload.class,
          Set.of(PrivilegeClass.SYSTEM),
          Set.of("Module", "Status"),
          Reload::new);

  /** Wraps a message. */
  public Reload(AmiMessage message) {
    super(message);
  }

  @Override
  public Set<PrivilegeClass> privilegeClasses() {
    return TYPE.classes();
  }
}
