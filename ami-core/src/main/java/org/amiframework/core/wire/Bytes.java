package org.amiframework.core.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Searches in byte ranges, for the reader's line handling. */
final class Bytes {

  /** Reads eight bytes of an array as a long, first byte lowest, at any index. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Bytes() {}

  /** The ASCII bytes of {@code text}. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Index of the first {@code b} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to, byte b) {
    // Eight bytes at a time: every line of the stream is searched for its LF, and header lines
    // are some tens of bytes long. A byte of x is zero where the word holds b; the expression
    // below sets the high bit of the lowest such byte (higher ones may be set falsely, by the
    // borrow, but only above a true match).
    long pattern = (b & 0xffL) * 0x0101010101010101L;
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long x = (long) LONGS.get(buf, i) ^ pattern;
      long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
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
