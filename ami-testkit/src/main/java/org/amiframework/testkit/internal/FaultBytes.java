package org.amiframework.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** The broken bytes fault injection writes: cut messages, binary garbage, oversized lines. */
final class FaultBytes {

  private static final byte[] SAMPLE_EVENT =
      ("Event: Newchannel\r\nPrivilege: call,all\r\nChannel: PJSIP/100-00000001\r\n"
              + "ChannelState: 0\r\nChannelStateDesc: Down\r\nUniqueid: 1700000000.1\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);

  private FaultBytes() {}

  /** The first half of an event, cut inside a header line. */
  static byte[] halfMessage() {
    return Arrays.copyOf(SAMPLE_EVENT, SAMPLE_EVENT.length / 2);
  }

  /**
   * {@code length} bytes of binary garbage without CR, LF or colon (so it is one line with no
   * header name), then the blank line that ends it.
   */
  static byte[] garbage(int length) {
    byte[] out = new byte[length + 4];
    Random random = new Random(length);
    for (int i = 0; i < length; i++) {
      byte b;
      do {
        b = (byte) random.nextInt(256);
      } while (b == '\r' || b == '\n' || b == ':');
      out[i] = b;
    }
    System.arraycopy(new byte[] {'\r', '\n', '\r', '\n'}, 0, out, length, 4);
    return out;
  }

  /** One header line of {@code length} bytes ({@code X-Oversized: xxx...}), then a blank line. */
  static byte[] oversizedLine(int length) {
    byte[] prefix = "X-Oversized: ".getBytes(StandardCharsets.US_ASCII);
    int total = Math.max(length, prefix.length);
    byte[] out = new byte[total + 4];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    Arrays.fill(out, prefix.length, total, (byte) 'x');
    System.arraycopy(new byte[] {'\r', '\n', '\r', '\n'}, 0, out, total, 4);
    return out;
  }
}
