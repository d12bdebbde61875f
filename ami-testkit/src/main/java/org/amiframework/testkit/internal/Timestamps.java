package org.amiframework.testkit.internal;

import java.time.Instant;

/** Asterisk's {@code %ld.%06lu} timestamps: Unix seconds, a dot, six digits of microseconds. */
final class Timestamps {

  private Timestamps() {}

  static String now() {
    Instant now = Instant.now();
    return String.format("%d.%06d", now.getEpochSecond(), now.getNano() / 1000);
  }
}
