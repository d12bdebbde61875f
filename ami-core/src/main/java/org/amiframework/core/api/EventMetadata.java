package org.amiframework.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the definitions documented about a generated event class, kept in the class file and at run
 * time: the runtime reads it to index handlers, and processors of user code read it from compiled
 * bindings to check header names (for instance in filters) at compile time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventMetadata {

  /** The event name on the wire. */
  String name();

  /** The documented header names, exactly as documented. */
  String[] headers();

  /** The event's privilege classes (empty when the definitions name none that exists). */
  PrivilegeClass[] classes();

  /**
   * Regular expressions of documented header families, such as {@code Report\d+SourceSSRC} for the
   * documented {@code ReportXSourceSSRC}.
   */
  String[] headerPatterns() default {};
}
