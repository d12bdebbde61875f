package org.amiframework.runtime;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A condition on a header of the event, declared on an {@link OnEvent} method; several conditions
 * must all hold. Exactly one of {@link #equals()} and {@link #matches()} is given. The header's
 * first value is tested; an absent header fails the condition (so it passes a negated one).
 * Conditions are compiled once at startup: an invalid regular expression, or a header the typed
 * event does not document, is a deployment error naming the method.
 *
 * <pre>{@code
 * @OnEvent
 * @Where(header = "Context", equals = "from-pstn")
 * @Where(header = "Exten", matches = "\\+?49.*", negate = true)
 * void onHangup(Hangup hangup) { }
 * }</pre>
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
@Repeatable(Where.List.class)
public @interface Where {

  /** The header name, matched case-insensitively as Asterisk does. */
  String header();

  /** The exact value (case-sensitive) the header must have. */
  String equals() default "";

  /**
   * A regular expression ({@link java.util.regex.Pattern}) the whole value must match; use {@code
   * "^$"} to test for an empty value.
   */
  String matches() default "";

  /** Inverts the condition: the header must not equal or match. */
  boolean negate() default false;

  /** Holds repeated {@link Where} conditions. */
  @Documented
  @Retention(RUNTIME)
  @Target(METHOD)
  @interface List {
    /** The conditions, all of which must hold. */
    Where[] value();
  }
}
