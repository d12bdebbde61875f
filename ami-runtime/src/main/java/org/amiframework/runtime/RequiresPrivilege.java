package org.amiframework.runtime;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.amiframework.core.api.PrivilegeClass;

/**
 * Restricts an {@link OnEvent} method to events of these privilege classes. As Asterisk decides
 * delivery, an event passes when every one of its classes is listed here; an event without classes
 * (a list item, an event lacking {@code Privilege:}) never passes. With {@code ami.events=auto} the
 * listed classes are what the handler adds to the login event mask.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface RequiresPrivilege {

  /** The classes the handler accepts events of; at least one. */
  PrivilegeClass[] value();
}
