package org.amiframework.runtime;

import org.amiframework.core.api.PrivilegeClass;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
public @interface RequiresPrivilege {
  PrivilegeClass[] value();
}
