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
}
