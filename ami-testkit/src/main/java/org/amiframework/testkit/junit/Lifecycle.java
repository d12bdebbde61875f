package org.amiframework.testkit.junit;

/** How long one fake Asterisk and one booted application live. */
public enum Lifecycle {

  /**
   * Per class when the test class runs with {@code @TestInstance(Lifecycle.PER_CLASS)}, else per
   * test method.
   */
  DEFAULT,

  /** A new fake and application for every test method: nothing leaks between tests. */
  PER_METHOD,

  /**
   * One fake and application for all tests of the class (and its {@code @Nested} classes): faster,
   * but stubs, received actions and handler state carry over from test to test.
   */
  PER_CLASS
}
