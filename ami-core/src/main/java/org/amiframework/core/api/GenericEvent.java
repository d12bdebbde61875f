package org.amiframework.core.api;

import java.util.Set;
import org.amiframework.core.message.AmiMessage;

/**
 * An event no binding knows: it keeps every header, and takes its privilege classes from its {@code
 * Privilege:} header.
 */
public final class GenericEvent extends AbstractAmiEvent {

  /** Wraps a message whose first header is {@code Event:}. */
  public GenericEvent(AmiMessage message) {
    super(message);
  }

  @Override
  public Set<PrivilegeClass> privilegeClasses() {
    return PrivilegeClass.parseList(message().get("Privilege"));
  }
}
