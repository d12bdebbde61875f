package org.amiframework.runtime;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Makes a method of an application-scoped bean (see {@link AmiHandler}) an event handler.
 *
 * <p>The method returns {@code void} and takes the event as its first parameter, optionally
 * followed by an {@link org.amiframework.core.client.AmiClient}: the connection of the server the
 * event came from ({@code connection.config().name()} tells which). The parameter type chooses the
 * events:
 *
 * <ul>
 *   <li>a generated event class: exactly the events of that type;
 *   <li>a common supertype of generated event classes: every event type of the bindings that
 *       extends it;
 *   <li>{@link org.amiframework.core.api.AmiEvent}: every event, typed or not, usually narrowed by
 *       name patterns; {@link org.amiframework.core.api.GenericEvent}: only events no binding
 *       knows.
 * </ul>
 *
 * <p>Everything is checked at startup: a wrong signature, an invalid {@link Where} filter or a
 * pattern that can never match is a deployment error naming the method.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface OnEvent {

  /**
   * Event name patterns, case-sensitive as Asterisk writes names; {@code *} stands for any run of
   * characters ({@code "Queue*"}, {@code "*Bridge*"}, {@code "*"}). Empty: every event the
   * parameter type accepts. An event is delivered when it matches any pattern.
   */
  String[] value() default {};
}
