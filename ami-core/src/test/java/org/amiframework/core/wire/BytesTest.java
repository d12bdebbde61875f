package org.amiframework.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void indexOfFindsTheFirstMatchAtEveryPositionAndRange() {
    // The search reads eight bytes at a time: matches at every place in a word, in the tail after
    // the last whole word, and bytes that differ from the target only by the high bit or by one.
    byte[] buf = new byte[40];
    for (int match = -1; match < buf.length; match++) {
      for (int filler : new int[] {'a', '\n' + 1, '\n' - 1, '\n' | 0x80, 0}) {
        Arrays.fill(buf, (byte) filler);
        if (match >= 0) {
          buf[match] = '\n';
        }
        for (int from = 0; from < buf.length; from++) {
          for (int to = from; to <= buf.length; to++) {
            int expected = match >= from && match < to ? match : -1;
            assertEquals(expected, Bytes.indexOf(buf, from, to, (byte) '\n'), from + ".." + to);
          }
        }
      }
    }
  }

  @Test
  void indexOfAgreesWithAPlainSearchOnRandomBytes() {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      byte[] buf = new byte[random.nextInt(64)];
      random.nextBytes(buf);
      byte target = (byte) random.nextInt(256);
      int from = buf.length == 0 ? 0 : random.nextInt(buf.length);
      int to = from + random.nextInt(buf.length - from + 1);
      int expected = -1;
      for (int i = from; i < to && expected < 0; i++) {
        expected = buf[i] == target ? i : -1;
      }
      assertEquals(expected, Bytes.indexOf(buf, from, to, target));
    }
  }

  @Test
  void isPlainAsciiFindsNulCrAndHighBytesAtEveryPositionAndRange() {
    byte[] buf = new byte[24];
    int[] odd = {0, '\r', 0x80, 0xff, 0xc3};
    int[] plain = {1, '\r' - 1, '\r' + 1, '\n', ' ', 0x7f};
    for (int value : concat(odd, plain)) {
      for (int at = 0; at < buf.length; at++) {
        Arrays.fill(buf, (byte) 'x');
        buf[at] = (byte) value;
        boolean isOdd = Arrays.stream(odd).anyMatch(o -> o == value);
        for (int from = 0; from < buf.length; from++) {
          for (int to = from; to <= buf.length; to++) {
            boolean expected = !(isOdd && at >= from && at < to);
            assertEquals(
                expected, Bytes.isPlainAscii(buf, from, to), value + " at " + at + " in " + from);
          }
        }
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
