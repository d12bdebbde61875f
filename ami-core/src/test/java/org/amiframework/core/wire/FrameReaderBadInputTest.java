package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.latin1;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.amiframework.core.wire.Streams.readAsServer;
import static org.amiframework.core.wire.Streams.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.core.wire.FrameError.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad bytes get a precise {@link FrameError} (kind, offset of the line, line number), nothing is
 * thrown, and the valid messages that follow are read.
 */
class FrameReaderBadInputTest {

  private static final String NEXT = "Event: Next\r\nValue: ok\r\n\r\n";
  private static final AmiMessage NEXT_MESSAGE = AmiMessage.of("Event", "Next", "Value", "ok");
  private static final int LINE_2 = GREETING.length();

  @Test
  void headerLineWithoutColonIsKeptAsABareLineAndReported() {
    RecordingHandler h =
        readAsClient(FrameLimits.DEFAULT, GREETING + "Event: A\r\nno colon here\r\n\r\n" + NEXT);
    assertEquals(
        List.of(Header.bareLine("no colon here")), h.messages.get(0).headers().subList(1, 2));
    assertEquals(NEXT_MESSAGE, h.messages.get(1));
    FrameError e = single(h, Kind.MALFORMED_LINE);
    assertEquals(LINE_2 + "Event: A\r\n".length(), e.offset());
    assertEquals(3, e.line());
    assertTrue(e.detail().contains("\"no colon here\""), e.detail());
  }

  @Test
  void aColonJustAfterTheLineEndIsNotTheLinesWhereverTheReadsEnd() {
    // The colon of the next line may lie in the same eight bytes as the LF, or in the read's tail.
    for (int len = 1; len <= 10; len++) {
      String bare = "b".repeat(len);
      String text = GREETING + "Event: A\r\n" + bare + "\r\nC:d\r\n\r\n" + NEXT;
      for (int cut = 0; cut <= text.length(); cut++) {
        RecordingHandler h =
            readAsClient(FrameLimits.DEFAULT, text.substring(0, cut), text.substring(cut));
        List<Header> expected =
            List.of(new Header("Event", "A"), Header.bareLine(bare), new Header("C", "d"));
        String where = bare + " cut at " + cut;
        assertEquals(expected, h.messages.get(0).headers(), where);
        assertEquals(NEXT_MESSAGE, h.messages.get(1), where);
        assertEquals(List.of(Kind.MALFORMED_LINE), h.errorKinds(), where);
      }
    }
  }

  @Test
  void lineStartingWithAColonHasNoNameAndIsKeptWhole() {
    RecordingHandler h = readAsServer(": value\r\nAction: Ping\r\n\r\n");
    assertEquals(
        List.of(Header.bareLine(": value"), new Header("Action", "Ping")),
        h.messages.get(0).headers());
    assertEquals(List.of(Kind.MALFORMED_LINE), h.errorKinds());
  }

  @Test
  void nulIsKeptAndReportedWithItsColumn() {
    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, GREETING + "Event: A\0B\r\n\r\n" + NEXT);
    assertEquals("A\0B", h.messages.get(0).get("Event"));
    assertEquals(NEXT_MESSAGE, h.messages.get(1));
    FrameError e = single(h, Kind.CONTROL_CHARACTER);
    assertEquals(LINE_2, e.offset());
    assertEquals(2, e.line());
    assertTrue(e.detail().startsWith("NUL byte at column 9"), e.detail());
  }

  @Test
  void controlBytesBeforeTheColonAreReportedWithTheirColumnToo() {
    RecordingHandler h =
        readAsClient(FrameLimits.DEFAULT, GREETING + "Ev\0ent: A\r\nX\rY: 1\r\n\r\n" + NEXT);
    assertEquals(
        AmiMessage.of("Ev\0ent", "A", "X\rY", "1"), h.messages.get(0), "kept as they came");
    assertEquals(NEXT_MESSAGE, h.messages.get(1));
    assertEquals(List.of(Kind.CONTROL_CHARACTER, Kind.CONTROL_CHARACTER), h.errorKinds());
    assertTrue(h.errors.get(0).detail().startsWith("NUL byte at column 3"));
    assertTrue(h.errors.get(1).detail().startsWith("CR not followed by LF at column 2"));
    assertEquals(3, h.errors.get(1).line());
  }

  @Test
  void crNotFollowedByLfStaysInTheLineAndIsReported() {
    RecordingHandler h =
        readAsServer("Action: Ping\rActionID: 1\r\n\r\n", "Action: Ping\r\r\n\r\n");
    assertEquals(
        List.of(AmiMessage.of("Action", "Ping\rActionID: 1"), AmiMessage.of("Action", "Ping\r")),
        h.messages);
    assertEquals(List.of(Kind.CONTROL_CHARACTER, Kind.CONTROL_CHARACTER), h.errorKinds());
    assertEquals(0, h.errors.get(0).offset());
    assertEquals(1, h.errors.get(0).line());
    assertTrue(h.errors.get(0).detail().startsWith("CR not followed by LF at column 13"));
    assertEquals("Action: Ping\rActionID: 1\r\n\r\n".length(), h.errors.get(1).offset());
    assertEquals(3, h.errors.get(1).line());
  }

  @Test
  void invalidUtf8IsKeptByteForByteAndReportedWithItsColumn() {
    RecordingHandler h =
        readAsClient(latin1(GREETING + "Event: A\r\nCity: caf\u00e9s\r\n\r\n" + NEXT));
    assertEquals("caf\u00e9s", h.messages.get(0).get("City"));
    assertEquals(NEXT_MESSAGE, h.messages.get(1));
    FrameError e = single(h, Kind.INVALID_ENCODING);
    assertEquals(LINE_2 + "Event: A\r\n".length(), e.offset());
    assertEquals(3, e.line());
    assertTrue(e.detail().startsWith("invalid UTF-8 at column 10 (value of City)"), e.detail());
  }

  @Test
  void utf8CutInTheMiddleOfACharacterIsInvalid() {
    byte[] zoe = utf8("Zoë");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(GREETING + "Event: "));
    out.write(zoe, 0, zoe.length - 1);
    out.writeBytes(utf8("\r\n\r\n" + NEXT));
    RecordingHandler h = readAsClient(out.toByteArray());
    assertEquals("Zo\u00c3", h.messages.get(0).get("Event"));
    assertEquals(NEXT_MESSAGE, h.messages.get(1));
    assertTrue(single(h, Kind.INVALID_ENCODING).detail().contains("column 10"));
  }

  @Test
  void invalidUtf8InANameIsReportedToo() {
    RecordingHandler h = readAsClient(latin1(GREETING + "N\u00e4me: x\r\n\r\n" + NEXT));
    assertEquals(new Header("N\u00e4me", "x"), h.messages.get(0).header(0));
    assertTrue(single(h, Kind.INVALID_ENCODING).detail().contains("column 2"));
  }

  @Test
  void aSecretValueNeverAppearsInAnError() {
    RecordingHandler h =
        readAsServer("Action: Login\r\nSecret: hunter2\0\u00ff\r\nsecret hunter2\r\n\r\n");
    assertEquals(List.of(Kind.CONTROL_CHARACTER, Kind.MALFORMED_LINE), h.errorKinds());
    h.errors.forEach(e -> assertFalse(e.toString().contains("hunter2"), e.toString()));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void randomBinaryGarbageIsReportedAndTheMessagesAfterItAreRead(long seed) {
    byte[] garbage = new byte[16 * 1024];
    new Random(seed).nextBytes(garbage);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(GREETING));
    out.writeBytes(garbage);
    out.writeBytes(utf8("\r\n\r\n" + NEXT + NEXT));
    byte[] stream = out.toByteArray();

    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(FrameLimits.DEFAULT, h);
    Feeding.RANDOM_DIRECT_BUFFERS.feed(reader, stream);
    reader.endOfInput();

    assertEquals(
        List.of(NEXT_MESSAGE, NEXT_MESSAGE),
        h.messages.subList(h.messages.size() - 2, h.messages.size()));
    assertFalse(h.errors.isEmpty());
    Set<Kind> expected = Set.of(Kind.MALFORMED_LINE, Kind.INVALID_ENCODING, Kind.CONTROL_CHARACTER);
    long lastOffset = -1;
    for (FrameError e : h.errors) {
      assertTrue(expected.contains(e.kind()), e.toString());
      assertFalse(e.fatal());
      assertTrue(
          e.offset() >= lastOffset && e.offset() < GREETING.length() + garbage.length + 2,
          e.toString());
      assertTrue(e.line() >= 2, e.toString());
      lastOffset = e.offset();
    }
    assertEquals(stream.length, reader.offset());
  }

  private static FrameError single(RecordingHandler h, Kind kind) {
    assertEquals(List.of(kind), h.errorKinds());
    assertFalse(h.errors.get(0).fatal());
    return h.errors.get(0);
  }
}
