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

  /**
   * The name made of these bytes, the same String instance as last time when it is still cached.
   * Returns null when the bytes are not all ASCII or are too long to cache; the caller then decodes
   * them itself.
   */
  String get(byte[] buf, int off, int len) {
    if (len > MAX_CACHED_LENGTH) {
      return null;
    }
    for (int i = off, end = off + len; i < end; i++) {
      if (buf[i] < 0) {
        return null;
      }
    }
    return getAscii(buf, off, len);
  }

  /**
   * The name made of these bytes, which the caller knows to be ASCII; a name too long to cache is
   * returned as a new String.
   */
  String getAscii(byte[] buf, int off, int len) {
    if (len > MAX_CACHED_LENGTH) {
      return new String(buf, off, len, StandardCharsets.ISO_8859_1);
    }
    int slot = slot(buf, off, len);
    byte[] key = keys[slot];
    if (key != null && key.length == len && Bytes.rangeEquals(key, buf, off, len)) {
      return names[slot];
    }
    String name = new String(buf, off, len, StandardCharsets.ISO_8859_1);
    keys[slot] = Arrays.copyOfRange(buf, off, off + len);
    names[slot] = name;
    return name;
  }

  /**
   * The slot of a name, from its length and its first and last eight bytes read as words: every
   * line's name is looked up, and a byte-by-byte hash was a tenth of the reader's work. Names that
   * share both ends and the length share a slot, which costs a miss, never a wrong name.
   */
  private static int slot(byte[] buf, int off, int len) {
    long h;
    if (len >= Long.BYTES) {
      h = Bytes.longAt(buf, off) * 0x9E3779B97F4A7C15L + Bytes.longAt(buf, off + len - Long.BYTES);
    } else {
      h = 0;
      for (int i = off, end = off + len; i < end; i++) {
        h = (h << 8) | (buf[i] & 0xff);
      }
    }
    h = (h + len) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 55) & (SLOTS - 1);
  }
}
