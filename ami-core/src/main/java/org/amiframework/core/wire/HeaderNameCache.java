package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small cache of header-name Strings keyed by their bytes, so that a stream of events does not
 * allocate a new {@code Uniqueid} String for every line. The reader keeps a second one for the
 * values of first headers ({@code Event: Newchannel}), as few and as often read.
 *
 * <p>The table is direct-mapped: each slot holds the last name that hashed to it. A peer sending
 * endless distinct names therefore costs at most the fixed table, never more memory. Not
 * thread-safe: one per reader.
 */
final class HeaderNameCache {

  private static final int SLOTS = 512;

  /** Longer names are not cached; real AMI header names are far shorter. */
  static final int MAX_CACHED_LENGTH = 64;

  private final byte[][] keys = new byte[SLOTS][];
  private final String[] names = new String[SLOTS];

  /** One step of the name hash, for a caller that hashes a name while looking at it anyway. */
  static int hashStep(int hash, byte b) {
    return 31 * hash + b;
  }

  /**
   * The name made of these bytes, the same String instance as last time when it is still cached.
   * Returns null when the bytes are not all ASCII or are too long to cache; the caller then decodes
   * them itself.
   */
  String get(byte[] buf, int off, int len) {
    if (len > MAX_CACHED_LENGTH) {
      return null;
    }
    int hash = 0;
    for (int i = off, end = off + len; i < end; i++) {
      byte b = buf[i];
      if (b < 0) {
        return null;
      }
      hash = hashStep(hash, b);
    }
    return getAscii(buf, off, len, hash);
  }

  /**
   * The name made of these bytes, which the caller knows to be ASCII and has hashed with {@link
   * #hashStep} from 0; a name too long to cache is returned as a new String.
   */
  String getAscii(byte[] buf, int off, int len, int hash) {
    if (len > MAX_CACHED_LENGTH) {
      return new String(buf, off, len, StandardCharsets.ISO_8859_1);
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    byte[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, buf, off, off + len)) {
      return names[slot];
    }
    String name = new String(buf, off, len, StandardCharsets.ISO_8859_1);
    keys[slot] = Arrays.copyOfRange(buf, off, off + len);
    names[slot] = name;
    return name;
  }
}
