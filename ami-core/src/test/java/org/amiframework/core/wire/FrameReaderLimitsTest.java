package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.amiframework.core.wire.Streams.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bounds on lines and messages: reported where they are passed, memory never grows past them. */
class FrameReaderLimitsTest {

  private static final int MAX_LINE = 64;
  private static final FrameLimits SKIP =
      new FrameLimits(MAX_LINE, 8, 512, OverflowAction.SKIP_MESSAGE);
  private static final FrameLimits CLOSE = SKIP.withOverflow(OverflowAction.CLOSE);
  private static final String NEXT = "Event: Next\r\n\r\n";

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\n"})
  void aLineOfExactlyTheLimitIsAcceptedAndOneMoreByteIsNot(String lineEnd) {
    String fits = "X: " + "v".repeat(MAX_LINE - 3);
    RecordingHandler ok = readAsClient(SKIP, GREETING + fits + lineEnd + lineEnd);
    assertEquals(List.of(AmiMessage.of("X", "v".repeat(MAX_LINE - 3))), ok.messages);
    assertEquals(List.of(), ok.errors);

    RecordingHandler tooLong = readAsClient(SKIP, GREETING + fits + "v" + lineEnd + lineEnd + NEXT);
    assertEquals(List.of(AmiMessage.of("Event", "Next")), tooLong.messages);
    assertEquals(List.of(Kind.LINE_TOO_LONG), tooLong.errorKinds());
  }

  @Test
  void aLineOfExactlyTheLimitCutBeforeItsLfIsAccepted() {
    String fits = "X: " + "v".repeat(MAX_LINE - 3);
    RecordingHandler h = readAsClient(SKIP, GREETING, fits + "\r", "\n\r\n");
    assertEquals(List.of(AmiMessage.of("X", "v".repeat(MAX_LINE - 3))), h.messages);
    assertEquals(List.of(), h.errors);
  }

  @Test
  void tooLongLineIsReportedBeforeItEndsAndItsMessageSkipped() {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(SKIP, h);
    String before = GREETING + "Event: A\r\n";
    reader.feed(utf8(before + "Long: " + "x".repeat(MAX_LINE)));
    assertEquals(List.of(Kind.LINE_TOO_LONG), h.errorKinds(), "reported while the line goes on");
    FrameError e = h.errors.get(0);
    assertEquals(before.length(), e.offset());
    assertEquals(3, e.line());
    assertFalse(e.fatal());
    assertTrue(e.detail().contains("longer than 64 bytes") && e.detail().contains("SKIP_MESSAGE"));

    reader.feed(utf8("x".repeat(1000) + "\r\nOther: 1\r\n\r\n" + NEXT));
    reader.endOfInput();
    assertEquals(List.of(AmiMessage.of("Event", "Next")), h.messages);
    assertEquals(1, h.errors.size());
  }

  @Test
  void tooLongLineUnderCloseStopsTheReader() {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(CLOSE, h);
    reader.feed(utf8(GREETING + "Event: A\r\nLong: " + "x".repeat(100) + "\r\n\r\n" + NEXT));
    assertTrue(reader.failed());
    assertEquals(List.of(Kind.LINE_TOO_LONG), h.errorKinds());
    assertTrue(h.errors.get(0).fatal());
    assertTrue(h.errors.get(0).detail().contains("CLOSE"));
    long stoppedAt = reader.offset();
    reader.feed(utf8(NEXT));
    reader.endOfInput();
    assertEquals(List.of(), h.messages);
    assertEquals(stoppedAt, reader.offset());
    assertEquals(1, h.errors.size());
  }

  @Test
  void tooLongGreetingIsSkippedAloneSinceNoBlankLineFollowsIt() {
    RecordingHandler h = readAsClient(SKIP, "G".repeat(200) + "\r\nEvent: A\r\n\r\n");
    assertEquals(List.of(), h.greetings);
    assertEquals(List.of(AmiMessage.of("Event", "A")), h.messages);
    assertEquals(
        List.of(new FrameError(Kind.LINE_TOO_LONG, h.errors.get(0).detail(), 0, 1, false)),
        h.errors);
  }

  @Test
  void tooManyHeaderLinesSkipTheMessage() {
    String nine = "Event: A\r\n" + "H: 1\r\n".repeat(8);
    RecordingHandler h = readAsClient(SKIP, GREETING + nine + "\r\n" + NEXT);
    assertEquals(List.of(AmiMessage.of("Event", "Next")), h.messages);
    FrameError e = h.errors.get(0);
    assertEquals(List.of(Kind.MESSAGE_TOO_LARGE), h.errorKinds());
    assertEquals(10, e.line(), "the ninth header line");
    assertTrue(e.detail().contains("more than 8 header lines"), e.detail());

    RecordingHandler eight =
        readAsClient(SKIP, GREETING + "Event: A\r\n" + "H: 1\r\n".repeat(7) + "\r\n");
    assertEquals(1, eight.messages.size());
    assertEquals(List.of(), eight.errors);
  }

  @Test
  void tooManyBytesSkipTheMessageAndCloseStops() {
    // 8 lines of 64 bytes and their CR LF: 528 bytes, over 512, within the other limits.
    String big = "Event: " + "a".repeat(57) + "\r\n" + ("H: " + "y".repeat(61) + "\r\n").repeat(7);
    RecordingHandler skipped = readAsClient(SKIP, GREETING + big + "\r\n" + NEXT);
    assertEquals(List.of(AmiMessage.of("Event", "Next")), skipped.messages);
    assertEquals(List.of(Kind.MESSAGE_TOO_LARGE), skipped.errorKinds());
    assertTrue(skipped.errors.get(0).detail().contains("longer than 512 bytes"));

    RecordingHandler closed = readAsClient(CLOSE, GREETING + big + "\r\n" + NEXT);
    assertEquals(List.of(), closed.messages);
    assertTrue(closed.errors.get(0).fatal());
  }

  @Test
  void anEndlessMessageNeverHoldsMoreThanTheLimits() {
    FrameLimits limits = new FrameLimits(1024, 1000, 64 * 1024, OverflowAction.SKIP_MESSAGE);
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(limits, h);
    reader.feed(utf8(GREETING + "Event: Endless\r\n"));
    // 50 MB of header lines and no blank line, in reads that cut lines anywhere.
    byte[] chunk = utf8("Header: some value that goes on and on\r\n".repeat(1000));
    byte[] read = Arrays.copyOf(chunk, 40_001);
    long maxBuffered = 0;
    for (long fed = 0; fed < 50L * 1024 * 1024; fed += read.length) {
      reader.feed(read);
      maxBuffered = Math.max(maxBuffered, reader.bufferedBytes());
    }
    assertTrue(
        maxBuffered <= limits.maxMessageBytes() + limits.maxLineBytes() + 2, "held " + maxBuffered);
    assertTrue(maxBuffered > 0);
    assertEquals(List.of(Kind.MESSAGE_TOO_LARGE), h.errorKinds());

    reader.feed(utf8("\r\n\r\n" + NEXT));
    assertEquals(List.of(AmiMessage.of("Event", "Next")), h.messages);
    assertEquals(0, reader.bufferedBytes());
  }

  @Test
  void anEndlessLineNeverHoldsMoreThanTheLineLimit() {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(SKIP, h);
    reader.feed(utf8(GREETING + "Event: A\r\nLong: "));
    byte[] read = utf8("z".repeat(65_536));
    long maxBuffered = 0;
    for (int i = 0; i < 800; i++) { // 50 MB
      reader.feed(read);
      maxBuffered = Math.max(maxBuffered, reader.bufferedBytes());
    }
    assertTrue(maxBuffered <= MAX_LINE + 1 + "Event: A\r\n".length(), "held " + maxBuffered);
    assertEquals(List.of(Kind.LINE_TOO_LONG), h.errorKinds());
    reader.feed(utf8("\r\n\r\n" + NEXT));
    assertEquals(List.of(AmiMessage.of("Event", "Next")), h.messages);
  }

  @Test
  void limitsAreValidated() {
    assertThrows(
        IllegalArgumentException.class, () -> new FrameLimits(15, 8, 512, OverflowAction.CLOSE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FrameLimits((1 << 30) + 1, 8, Integer.MAX_VALUE, OverflowAction.CLOSE));
    assertThrows(
        IllegalArgumentException.class, () -> new FrameLimits(64, 0, 512, OverflowAction.CLOSE));
    assertThrows(
        IllegalArgumentException.class, () -> new FrameLimits(64, 8, 63, OverflowAction.CLOSE));
    assertThrows(IllegalArgumentException.class, () -> new FrameLimits(64, 8, 512, null));
    assertEquals(OverflowAction.CLOSE, SKIP.withOverflow(OverflowAction.CLOSE).onOverflow());
  }

  @Test
  void theLargestLimitsReadLinesCutByReadsWithoutOverflowing() {
    FrameLimits huge =
        new FrameLimits(1 << 30, Integer.MAX_VALUE, Integer.MAX_VALUE, OverflowAction.CLOSE);
    String value = "v".repeat(100_000);
    RecordingHandler h = readAsClient(huge, GREETING + "Event: A\r\nBig: ", value, "\r\n\r\n");
    assertEquals(List.of(AmiMessage.of("Event", "A", "Big", value)), h.messages);
    assertEquals(List.of(), h.errors);
  }
}
