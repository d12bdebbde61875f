package org.amiframework.runtime;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
@java.lang.annotation.Repeatable(Where.List.class)
public @interface Where {
  String header();

  String equals() default "";

  String matches() default "";

  boolean negate() default false;

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @interface List {
    Where[] value();
  }
}
