package org.amiframework.core.codegen;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)
@java.lang.annotation.Target(java.lang.annotation.ElementType.PACKAGE)
public @interface GenerateBindings {
  String definitions();

  String[] overlays() default {};

  String name() default "";

  String asteriskVersion() default "";

  String[] suppress() default {};
}
