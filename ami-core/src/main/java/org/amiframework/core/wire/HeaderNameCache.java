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

  /** Names longer than this are compared beyond the two words that key every slot. */
  private static final int TWO_WORDS = 2 * Long.BYTES;

  /**
   * Each slot's key: its name's length (-1: empty slot) and first and last eight bytes as words
   * ({@link #firstWord}, {@link #lastWord}), which are the whole name up to sixteen bytes. Flat
   * arrays, so that a hit reads no key array: the look-up of every line's name was a third of the
   * reading thread's work while it compared a byte array per line.
   */
  private final int[] lengths = new int[SLOTS];

  private final long[] firsts = new long[SLOTS];
  private final long[] lasts = new long[SLOTS];

  /** The bytes of names longer than {@link #TWO_WORDS}, whose middle the words do not cover. */
  private final byte[][] longKeys = new byte[SLOTS][];

  private final String[] names = new String[SLOTS];

  HeaderNameCache() {
    Arrays.fill(lengths, -1);
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
    long first = firstWord(buf, off, len);
    long last = len > Long.BYTES ? Bytes.longAt(buf, off + len - Long.BYTES) : 0;
    int slot = slot(first, last, len);
    if (lengths[slot] == len
        && firsts[slot] == first
        && lasts[slot] == last
        && (len <= TWO_WORDS || Bytes.rangeEquals(longKeys[slot], buf, off, len))) {
      return names[slot];
    }
    String name = new String(buf, off, len, StandardCharsets.ISO_8859_1);
    lengths[slot] = len;
    firsts[slot] = first;
    lasts[slot] = last;
    longKeys[slot] = len > TWO_WORDS ? Arrays.copyOfRange(buf, off, off + len) : null;
    names[slot] = name;
    return name;
  }

  /**
   * The first eight bytes of a name, first byte lowest, zeros past its end: read as one word when
   * the array has eight bytes from {@code off}, whatever lies after the name, else byte by byte.
   */
  static long firstWord(byte[] buf, int off, int len) {
    if (len >= Long.BYTES) {
      return Bytes.longAt(buf, off);
    }
    if (len == 0) {
      return 0;
    }
    if (off <= buf.length - Long.BYTES) {
      return Bytes.longAt(buf, off) & (-1L >>> (Long.SIZE - Byte.SIZE * len));
    }
    long word = 0;
    for (int i = len - 1; i >= 0; i--) {
      word = (word << Byte.SIZE) | (buf[off + i] & 0xff);
    }
    return word;
  }

  /**
   * The slot of a name, from its length and its first and last eight bytes: names that share both
   * ends and the length share a slot, which costs a miss, never a wrong name.
   */
  private static int slot(long first, long last, int len) {
    long h = (first * 0x9E3779B97F4A7C15L + last + len) * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 55) & (SLOTS - 1);
  }
}
