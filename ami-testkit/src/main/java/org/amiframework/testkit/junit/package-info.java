/**
 * JUnit 5 support: {@link org.amiframework.testkit.junit.AmiTest} boots the handler beans under
 * test in the AMI runtime against a {@link org.amiframework.testkit.FakeAsterisk}, over TCP or
 * through memory ({@link org.amiframework.testkit.junit.Transport}), and injects the fake, the
 * client, the runtime, the {@link org.amiframework.testkit.junit.TestApplication} and any bean into
 * test methods. See {@code TESTING.md} of the module for a walk-through.
 */
package org.amiframework.testkit.junit;
