package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.amiframework.core.wire.Streams.readAsServer;
import static org.amiframework.core.wire.Streams.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError.Kind;
import org.junit.jupiter.api.Test;

/** The framing rules of {@link FrameReader} on well-formed and edge-case input. */
class FrameReaderTest {

  private static final FrameLimits LIMITS = FrameLimits.DEFAULT;

  @Test
  void greetingEndingInBareLfIsReadAndTheMessageInTheSameReadToo() {
    RecordingHandler h =
        readAsClient(LIMITS, "Asterisk Call Manager/9.0.0\nResponse: Success\r\n\r\n");
    assertEquals(List.of("Asterisk Call Manager/9.0.0"), h.greetings);
    assertEquals(List.of(AmiMessage.of("Response", "Success")), h.messages);
    assertEquals(List.of(), h.errors);
  }

  @Test
  void greetingCutAcrossReadsBetweenCrAndLf() {
    RecordingHandler h =
        readAsClient(LIMITS, "Aster", "isk Call Manager/11.0.0\r", "\nEvent: A\r\n\r", "\n");
    assertEquals(List.of("Asterisk Call Manager/11.0.0"), h.greetings);
    assertEquals(List.of(AmiMessage.of("Event", "A")), h.messages);
    assertEquals(List.of(), h.errors);
  }

  @Test
  void streamClosedBeforeAnyGreetingIsReported() {
    RecordingHandler h = readAsClient(LIMITS);
    assertEquals(List.of(), h.greetings);
    assertEquals(
        List.of(new FrameError(Kind.NO_GREETING, h.errors.get(0).detail(), 0, 1, false)), h.errors);
    assertTrue(h.errors.get(0).detail().contains("authlimit"), h.errors.get(0).detail());
  }

  @Test
  void streamClosedInsideTheGreetingIsReported() {
    RecordingHandler h = readAsClient(LIMITS, "Asterisk Call Man");
    assertEquals(List.of(), h.greetings);
    assertEquals(List.of(Kind.NO_GREETING), h.errorKinds());
    assertTrue(h.errors.get(0).detail().contains("inside the greeting"));
  }

  @Test
  void serverSideHasNoGreeting() {
    RecordingHandler h = readAsServer("Action: Ping\r\n\r\n");
    assertEquals(List.of(), h.greetings);
    assertEquals(List.of(AmiMessage.of("Action", "Ping")), h.messages);
  }

  @Test
  void crLfAndBareLfMixFreely() {
    RecordingHandler h =
        readAsClient(LIMITS, GREETING + "Event: A\nX: 1\r\n\nEvent: B\r\nY: 2\n\r\n");
    assertEquals(
        List.of(AmiMessage.of("Event", "A", "X", "1"), AmiMessage.of("Event", "B", "Y", "2")),
        h.messages);
    assertEquals(List.of(), h.errors);
  }

  @Test
  void clientSideStripsOnlyTheOneSeparatingSpace() {
    RecordingHandler h =
        readAsClient(
            LIMITS,
            GREETING,
            "Response: Success\r\nOutput:    Members: \r\nNoSpace:x\r\nEmpty: \r\nBare:\r\n"
                + "Tab:\tt\r\nColons: a: b:c\r\n\r\n");
    AmiMessage m = h.messages.get(0);
    assertEquals("   Members: ", m.get("Output"));
    assertEquals("x", m.get("NoSpace"));
    assertEquals("", m.get("Empty"));
    assertEquals("", m.get("Bare"));
    assertEquals("\tt", m.get("Tab"));
    assertEquals("a: b:c", m.get("Colons"));
  }

  @Test
  void serverSideSkipsEveryBlankAfterTheColonAsAsteriskDoes() {
    RecordingHandler h = readAsServer("Action:\t  Ping\r\nActionID:x\r\nVariable:   a=1 \r\n\r\n");
    assertEquals(
        AmiMessage.of("Action", "Ping", "ActionID", "x", "Variable", "a=1 "), h.messages.get(0));
  }

  @Test
  void serverSideDeliversEachLoneBlankLineAsAnEmptyMessage() {
    RecordingHandler h = readAsServer("\r\n\nAction: Ping\r\n\r\n\r\n");
    assertEquals(
        List.of(AmiMessage.of(), AmiMessage.of(), AmiMessage.of("Action", "Ping"), AmiMessage.of()),
        h.messages);
  }

  @Test
  void clientSideIgnoresStrayBlankLines() {
    RecordingHandler h = readAsClient(LIMITS, GREETING + "\r\n\r\nEvent: A\r\n\r\n\r\n");
    assertEquals(List.of(AmiMessage.of("Event", "A")), h.messages);
    assertEquals(List.of(), h.errors);
  }

  @Test
  void aResponseFollowsOnTheServerSideIsAnOrdinaryMessage() {
    RecordingHandler h = readAsServer("Response: Follows\r\nX: 1\r\n\r\nAction: Ping\r\n\r\n");
    assertEquals(
        List.of(AmiMessage.of("Response", "Follows", "X", "1"), AmiMessage.of("Action", "Ping")),
        h.messages);
  }

  @Test
  void streamEndingInsideAMessageIsReportedAsTruncated() {
    RecordingHandler h = readAsClient(LIMITS, GREETING + "Event: A\r\nPart");
    assertEquals(List.of(), h.messages);
    assertEquals(List.of(Kind.TRUNCATED), h.errorKinds());
    FrameError e = h.errors.get(0);
    assertEquals(GREETING.length() + "Event: A\r\n".length(), e.offset());
    assertEquals(3, e.line());

    assertEquals(
        List.of(Kind.TRUNCATED), readAsClient(LIMITS, GREETING + "Event: A\r\n").errorKinds());
    assertEquals(List.of(), readAsClient(LIMITS, GREETING + "Event: A\r\n\r\n").errors);
  }

  @Test
  void inputAfterTheEndIsIgnored() {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forServer(LIMITS, h);
    reader.endOfInput();
    reader.feed(utf8("Action: Ping\r\n\r\n"));
    assertEquals(List.of(), h.messages);
    assertEquals(0, reader.offset());
  }

  @Test
  void aHandlerThatThrowsDoesNotStopReading() {
    List<AmiMessage> seen = new ArrayList<>();
    FrameHandler throwing =
        new FrameHandler() {
          @Override
          public void onGreeting(String greeting) {
            throw new IllegalStateException("greeting handler bug");
          }

          @Override
          public void onMessage(AmiMessage message) {
            seen.add(message);
            throw new IllegalStateException("handler bug");
          }

          @Override
          public void onError(FrameError error) {
            throw new IllegalStateException("error handler bug");
          }
        };
    FrameReader reader = FrameReader.forClient(LIMITS, throwing);
    reader.feed(utf8(GREETING + "Event: A\r\n\r\nbad line\r\n\r\nEvent: B\r\n\r\n"));
    assertEquals(
        List.of("A", "B"), seen.stream().map(m -> m.get("Event")).filter(e -> e != null).toList());
    assertEquals(3, seen.size());
  }

  @Test
  void offsetCountsEveryByteFed() {
    FrameReader reader = FrameReader.forClient(LIMITS, new RecordingHandler());
    byte[] bytes = utf8(GREETING + "Event: A\r\n\r\nEvent: B");
    reader.feed(bytes, 3, bytes.length - 3);
    assertEquals(bytes.length - 3, reader.offset());
  }

  @Test
  void byteBuffersAreConsumedWhateverTheirOffset() {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(LIMITS, h);
    byte[] bytes = utf8("xx" + GREETING + "Event: A\r\n\r\nyy");
    ByteBuffer slice = ByteBuffer.wrap(bytes, 2, bytes.length - 4).slice();
    reader.feed(slice);
    assertFalse(slice.hasRemaining());
    ByteBuffer direct = ByteBuffer.allocateDirect(64).put(utf8("Event: B\r\n\r\n")).flip();
    reader.feed(direct);
    assertFalse(direct.hasRemaining());
    assertEquals(List.of(AmiMessage.of("Event", "A"), AmiMessage.of("Event", "B")), h.messages);
  }

  @Test
  void headerNamesAreSharedNotAllocatedPerLine() {
    RecordingHandler h =
        readAsClient(
            LIMITS,
            GREETING + "Event: A\r\nUniqueid: 1\r\n\r\n",
            "Event: B\r\nUniqueid: 2\r\n\r\n");
    assertSame(h.messages.get(0).name(0), h.messages.get(1).name(0));
    assertSame(h.messages.get(0).name(1), h.messages.get(1).name(1));
  }

  @Test
  void nonAsciiTextIsDecodedAsUtf8() {
    RecordingHandler h =
        readAsClient(
            LIMITS, GREETING + "Event: A\r\nCallerIDName: Zoë ★ \uFFFD\r\nNämé: x\r\n\r\n");
    assertEquals(
        AmiMessage.of("Event", "A", "CallerIDName", "Zoë ★ \uFFFD", "Nämé", "x"),
        h.messages.get(0));
    assertEquals(List.of(), h.errors);
  }
}
