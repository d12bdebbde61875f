package org.amiframework.core.api;

import java.util.Set;
import org.amiframework.core.message.AmiMessage;

public interface AmiEvent {
  String name();

  AmiMessage message();

  Set<PrivilegeClass> privilegeClasses();

  default String header(String name) {
    return message().get(name);
  }

  default String actionId() {
    return message().get("ActionID");
  }
}
