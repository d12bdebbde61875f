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

  /** {@link #firstLowOrHigh} stops at bytes below this: CR (0x0d) is the highest it must find. */
  static final byte LOW_BELOW = CR + 1;

  private static final long LOWS = LOW_BELOW * ONES;

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
    // are some tens of bytes long.
    long pattern = repeated(b);
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long found = matchBits(longAt(buf, i), pattern);
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
    return firstNotPlain(buf, from, to) == to;
  }

  /**
   * Index of the first NUL, CR or byte of 0x80 or above in {@code buf[from, to)}, or {@code to}.
   */
  static int firstNotPlain(byte[] buf, int from, int to) {
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long care = notPlainBits(longAt(buf, i));
      if (care != 0) {
        return i + (Long.numberOfTrailingZeros(care) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (isNotPlain(buf[i])) {
        return i;
      }
    }
    return to;
  }

  /**
   * Index of the first byte in {@code buf[from, to)} that is below {@link #LOW_BELOW} (NUL, LF, CR
   * and some other control bytes) or 0x80 and above, or {@code to}; eight bytes at a time.
   */
  static int firstLowOrHigh(byte[] buf, int from, int to) {
    int i = from;
    for (int last = to - Long.BYTES; i <= last; i += Long.BYTES) {
      long word = longAt(buf, i);
      // As in matchBits: the lowest flagged byte is a true one.
      long bits = ((word - LOWS) & ~word | word) & HIGH_BITS;
      if (bits != 0) {
        return i + (Long.numberOfTrailingZeros(bits) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte b = buf[i];
      if (b < LOW_BELOW) { // bytes of 0x80 and above are negative
        return i;
      }
    }
    return to;
  }

  /**
   * The high bit set in each byte of {@code word} that is a NUL, a CR or 0x80 or above, as in
   * {@link #matchBits}: the lowest flagged byte is always a true one.
   */
  static long notPlainBits(long word) {
    long cr = word ^ CRS;
    return ((word - ONES) & ~word | (cr - ONES) & ~cr | word) & HIGH_BITS;
  }

  /**
   * The high bit set in each byte of {@code word} that equals the byte repeated in {@code pattern}.
   * A byte of x is zero where the word matches; the expression sets the high bit of the lowest such
   * byte (higher ones may be set falsely, by the borrow, but only above a true match).
   */
  static long matchBits(long word, long pattern) {
    long x = word ^ pattern;
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /** {@code b} repeated in the eight bytes of a long, for {@link #matchBits}. */
  static long repeated(byte b) {
    return (b & 0xffL) * ONES;
  }

  /** Whether {@code b} is a NUL, a CR or 0x80 or above. */
  static boolean isNotPlain(byte b) {
    return b == 0 || b == CR || b < 0;
  }

  /**
   * Whether the {@code len} bytes of {@code a} from 0 equal those of {@code b} from {@code bOff}.
   */
  static boolean rangeEquals(byte[] a, byte[] b, int bOff, int len) {
    // Header names are short: a few words compared directly beat the general mismatch search.
    if (len >= Long.BYTES) {
      int i = 0;
      for (int last = len - Long.BYTES; i < last; i += Long.BYTES) {
        if (longAt(a, i) != longAt(b, bOff + i)) {
          return false;
        }
      }
      return longAt(a, len - Long.BYTES) == longAt(b, bOff + len - Long.BYTES);
    }
    for (int i = 0; i < len; i++) {
      if (a[i] != b[bOff + i]) {
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
