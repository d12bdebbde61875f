package org.amiframework.testkit.junit;

/** How the application under test reaches its {@link org.amiframework.testkit.FakeAsterisk}. */
public enum Transport {

  /**
   * The production client over a TCP connection to the fake on an ephemeral loopback port: the
   * whole path, sockets and framing included.
   */
  TCP,

  /**
   * No socket: an in-memory client ({@link org.amiframework.testkit.FakeAsterisk#inMemoryClient})
   * whose actions the fake answers and records, and whose events it filters by the user's classes,
   * exactly as over TCP. The fastest choice for unit tests of handlers.
   */
  DIRECT
}
