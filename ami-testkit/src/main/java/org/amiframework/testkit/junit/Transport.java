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
  DIRECT,

  /**
   * The production client over AMI over HTTP: the fake also serves its manager over HTTP and the
   * application connects to its {@code /rawman} URI (cookie session, {@code Login}, events fetched
   * by {@code WaitEvent} long polls), as to an Asterisk with {@code webenabled = yes}.
   */
  HTTP,

  /** As {@link #HTTP}, through the {@code /mxml} URI: every reply is XML. */
  HTTP_MXML;

  /** The manager URI of the fake that an HTTP transport connects to; null for the others. */
  String httpUri() {
    return switch (this) {
      case HTTP -> "rawman";
      case HTTP_MXML -> "mxml";
      case TCP, DIRECT -> null;
    };
  }
}
