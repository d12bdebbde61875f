package org.amiframework.core.api;

import java.util.Set;
import org.amiframework.core.message.AmiMessage;

public interface AmiAction<R> {
  String actionName();

  AmiMessage toMessage();

  Set<PrivilegeClass> writeClasses();

  ResultShape<R> resultShape();
}
