package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Searches in byte ranges, for the reader's line handling. */
final class Bytes {

  private Bytes() {}

  /** The ASCII bytes of {@code text}. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Index of the first {@code b} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code buf[off, off + len)} ends with {@code suffix}. */
  static boolean endsWith(byte[] buf, int off, int len, byte[] suffix) {
    return len >= suffix.length
        && Arrays.equals(buf, off + len - suffix.length, off + len, suffix, 0, suffix.length);
  }

  /** Whether {@code buf[off, off + len)} starts with the ASCII {@code prefix}, ignoring case. */
  static boolean startsWithIgnoreCase(byte[] buf, int off, int len, byte[] prefix) {
    if (len < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (Character.toLowerCase((char) (buf[off + i] & 0xff))
          != Character.toLowerCase((char) prefix[i])) {
        return false;
      }
    }
    return true;
  }
}
