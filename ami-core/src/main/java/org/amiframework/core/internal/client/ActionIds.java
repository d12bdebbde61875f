package org.amiframework.core.internal.client;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the ActionIDs of one client: a short random prefix, so that two clients sharing a server
 * (and seeing each other's OriginateResponse or UserEvent copies) do not collide, then a counter.
 */
final class ActionIds {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int PREFIX_LENGTH = 6;

  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  ActionIds() {
    this(randomPrefix());
  }

  ActionIds(String prefix) {
    this.prefix = prefix;
  }

  /** The next unique ActionID, e.g. {@code k3x9q2-17}. */
  String next() {
    return prefix + '-' + counter.incrementAndGet();
  }

  private static String randomPrefix() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] chars = new char[PREFIX_LENGTH];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(chars);
  }
}
