package org.amiframework.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The splitter's word-at-a-time search against the plain definition: lines end at LF, and a line is
 * plain when it holds no NUL, no CR and no byte of 0x80 or above, a CR just before its LF aside.
 */
class LineSplitterTest {

  /** Bytes a line is made of: the ones the search looks for, and their neighbours. */
  private static final byte[] ALPHABET = {
    'a',
    'Z',
    ':',
    ' ',
    '-',
    '\r',
    '\r',
    '\n',
    '\n',
    '\t',
    0,
    0x0b,
    0x0c,
    0x0e,
    0x7f,
    (byte) 0x80,
    (byte) 0x8d,
    (byte) 0xc3,
    (byte) 0xa9,
    (byte) 0xff
  };

  private static final int PAD = 16;

  @Test
  void everyLineAndWhetherItIsPlainWhateverTheBytesAndTheReads() {
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      byte[] stream = new byte[random.nextInt(120)];
      for (int i = 0; i < stream.length; i++) {
        stream[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      Recording sink = new Recording();
      LineSplitter splitter = new LineSplitter(1000);
      for (int pos = 0; pos < stream.length; ) {
        int n = Math.min(stream.length - pos, 1 + random.nextInt(40));
        // Each read sits between LFs that are not its own: nothing past its end may be looked at.
        byte[] read = new byte[PAD + n + PAD];
        Arrays.fill(read, (byte) '\n');
        System.arraycopy(stream, pos, read, PAD, n);
        splitter.feed(read, PAD, n, sink);
        pos += n;
      }
      String where = "round " + round + ": " + Arrays.toString(stream);
      assertEquals(expectedLines(stream), sink.lines, where);
      assertEquals(stream.length, splitter.offset(), where);
    }
  }

  @Test
  void aLongLineOfPlainTextAndControlBytesIsFoundWhole() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] text = "Variable: a\tb\u000bc".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
    bytes.writeBytes(text);
    bytes.writeBytes(new byte[] {'\r', '\n'});
    byte[] stream = bytes.toByteArray();
    Recording sink = new Recording();

    new LineSplitter(1000).feed(stream, 0, stream.length, sink);

    assertEquals(expectedLines(stream), sink.lines);
    assertEquals(List.of(Line.of(stream, 0, stream.length - 1, true)), sink.lines);
  }

  /** The complete lines of {@code stream}, by the definition. */
  private static List<Line> expectedLines(byte[] stream) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        int textEnd = i > start && stream[i - 1] == '\r' ? i - 1 : i;
        boolean plain = true;
        for (int j = start; j < textEnd; j++) {
          plain &= stream[j] != 0 && stream[j] != '\r' && stream[j] >= 0;
        }
        lines.add(Line.of(stream, start, i - start, plain));
        start = i + 1;
      }
    }
    return lines;
  }

  /** A line's bytes, as one char per byte, and whether the splitter called it plain. */
  private record Line(String bytes, boolean plain) {
    static Line of(byte[] buf, int off, int len, boolean plain) {
      return new Line(new String(buf, off, len, StandardCharsets.ISO_8859_1), plain);
    }
  }

  private static final class Recording implements LineSplitter.Sink {
    final List<Line> lines = new ArrayList<>();

    @Override
    public boolean accepting() {
      return true;
    }

    @Override
    public void line(byte[] buf, int off, int len, boolean plain) {
      lines.add(Line.of(buf, off, len, plain));
    }

    @Override
    public void lineTooLong() {
      throw new AssertionError("no line here passes the limit");
    }

    @Override
    public void longLineEnded() {
      throw new AssertionError("no line here passes the limit");
    }
  }
}
