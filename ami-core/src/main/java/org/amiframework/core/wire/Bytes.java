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

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final byte CR = '\r';
  private static final long CRS = CR * ONES;

  private Bytes() {}

  /** The ASCII bytes of {@code text}. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The eight bytes of {@code buf} from {@code i}, first byte lowest. */
  static long longAt(byte[] buf, int i) {
    return (long) LONGS.get(buf, i);
  }

  /** Index of the first {@code b} in {@code buf[from, to)}, or -1. */
  static int indexOf(byte[] buf, int from, int to, byte b) {
    // Eight bytes at a time: every line of the stream is searched for its LF, and header lines
    // are some tens of bytes long. A byte of x is zero where the word holds b; the expression
    // below sets the high bit of the lowest such byte (higher ones may be set falsely, by the
    // borrow, but only above a true match).
    long pattern = (b & 0xffL) * ONES;
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long x = (long) LONGS.get(buf, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGH_BITS;
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

  /**
   * Whether {@code buf[from, to)} is plain ASCII text: no NUL, no CR and no byte of 0x80 or above.
   */
  static boolean isPlainAscii(byte[] buf, int from, int to) {
    // Eight bytes at a time, as in indexOf: a flagged high bit means a NUL, a CR or a high byte
    // somewhere in the word (the borrow flags falsely only above a true NUL or CR).
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long w = (long) LONGS.get(buf, i);
      long cr = w ^ CRS;
      if ((((w - ONES) & ~w | (cr - ONES) & ~cr | w) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      byte b = buf[i];
      if (b == 0 || b == CR || b < 0) {
        return false;
      }
    }
    return true;
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
