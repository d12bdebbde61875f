package org.amiframework.runtime;

@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
@java.lang.annotation.Target({
  java.lang.annotation.ElementType.METHOD,
  java.lang.annotation.ElementType.FIELD,
  java.lang.annotation.ElementType.PARAMETER
})
public @interface Server {
  String value();
}
