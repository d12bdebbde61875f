package org.amiframework.core.api;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
public @interface EventMetadata {
  String name();

  String[] headers();

  PrivilegeClass[] classes();

  String[] headerPatterns() default {};
}
