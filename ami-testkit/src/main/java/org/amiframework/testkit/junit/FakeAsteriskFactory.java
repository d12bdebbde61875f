package org.amiframework.testkit.junit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the static method of an {@link AmiTest} class that makes its fake Asterisk, for
 * configuration the annotation does not offer (several users, stubs, a CLI, a system name):
 *
 * <pre>{@code
 * @FakeAsteriskFactory
 * static FakeAsteriskBuilder pbx() {
 *   return FakeAsterisk.builder()
 *       .user(FakeUser.of("reporter", "pw", Set.of(CALL, REPORTING), Set.of(REPORTING)));
 * }
 * }</pre>
 *
 * <p>The method takes no parameters and returns a {@link
 * org.amiframework.testkit.FakeAsteriskBuilder} (preferred: the extension builds it for the chosen
 * {@link Transport}) or a {@link org.amiframework.testkit.FakeAsterisk}, started or not. The
 * application logs in as {@link AmiTest#user()}, or as the fake's first user.
 */
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface FakeAsteriskFactory {}
