package org.amiframework.runtime;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a class as a bean of event handlers: it becomes an application-scoped CDI bean (one
 * instance, shared by every lane, so its state must be thread-safe), discovered in bean archives of
 * either discovery mode. Its {@link OnEvent} methods are found at startup.
 *
 * <pre>{@code
 * @AmiHandler
 * class MissedCalls {
 *   @OnEvent
 *   @Where(header = "Context", equals = "from-pstn")
 *   void onHangup(Hangup hangup, AmiClient connection) { ... }
 * }
 * }</pre>
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface AmiHandler {}
