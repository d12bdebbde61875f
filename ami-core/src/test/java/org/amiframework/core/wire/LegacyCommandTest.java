package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.amiframework.core.wire.Streams.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.FrameError.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Command response of Asterisk before 14 ({@code action_command()}): {@code Response: Follows},
 * {@code Privilege: Command}, the ActionID if given, then the raw CLI text with LF line ends, blank
 * lines and colons, up to {@code --END COMMAND--} and a blank line. Fixtures are written here in
 * that shape.
 */
class LegacyCommandTest {

  private static final String PREAMBLE =
      "Response: Follows\r\nPrivilege: Command\r\nActionID: legacy-1\r\n";
  private static final String OUTPUT =
      "Name/username   Host            Dyn Port     Status\n"
          + "\n"
          + "100/100         127.0.0.1       D   5060     OK (1 ms)\n"
          + "Channel: SIP/100-0001 is ready: yes\n"
          + "\n"
          + "ActionID: not a header here\n"
          + "1 sip peers [Monitored: 1 online, 0 offline]\n";
  private static final String RESPONSE = PREAMBLE + OUTPUT + "--END COMMAND--\r\n\r\n";
  private static final String NEXT = "Event: Next\r\nPrivilege: call,all\r\n\r\n";

  @ParameterizedTest
  @EnumSource(Feeding.class)
  void rawTextWithBlankLinesAndColonsIsOneMessageWhateverTheReads(Feeding feeding) {
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(FrameLimits.DEFAULT, h);
    feeding.feed(reader, utf8(GREETING + RESPONSE + NEXT));
    reader.endOfInput();

    assertEquals(List.of(), h.errors);
    assertEquals(2, h.messages.size());
    AmiMessage command = h.messages.get(0);
    assertEquals(
        AmiMessage.of("Response", "Follows", "Privilege", "Command", "ActionID", "legacy-1"),
        command.toBuilder().body(null).build());
    assertEquals(Optional.of(OUTPUT), command.body());
    assertEquals(MessageKind.RESPONSE, command.kind());
    assertEquals("legacy-1", command.actionId());
    assertEquals(AmiMessage.of("Event", "Next", "Privilege", "call,all"), h.messages.get(1));
  }

  @Test
  void markerGluedToTheLastLineEndsTheOutputToo() {
    String response =
        PREAMBLE + "No such command 'foo' (type 'core show help foo')--END COMMAND--\r\n\r\n";
    AmiMessage m = readOne(response);
    assertEquals(Optional.of("No such command 'foo' (type 'core show help foo')"), m.body());
    assertRoundTrip(response, m);
  }

  @Test
  void everyShapeGivesBackItsExactBytes() {
    for (String response :
        List.of(
            RESPONSE,
            "Response: Follows\r\nPrivilege: Command\r\n" + OUTPUT + "--END COMMAND--\r\n\r\n",
            "Response: Follows\r\nActionID: 7\r\n" + OUTPUT + "--END COMMAND--\r\n\r\n",
            PREAMBLE + "--END COMMAND--\r\n\r\n",
            PREAMBLE + "windows\r\nline ends\r\n--END COMMAND--\r\n\r\n",
            PREAMBLE + "\n\n\nonly blank lines before\n--END COMMAND--\r\n\r\n")) {
      assertRoundTrip(response, readOne(response));
    }
  }

  @Test
  void onlyTheLinesRightAfterResponseFollowsAreHeaders() {
    AmiMessage m = readOne(PREAMBLE + "Privilege: not this one\n--END COMMAND--\r\n\r\n");
    assertEquals(3, m.size());
    assertEquals(Optional.of("Privilege: not this one\n"), m.body());

    AmiMessage noPrivilege =
        readOne("Response: Follows\r\nActionID: 9\r\nActionID: 10\n--END COMMAND--\r\n\r\n");
    assertEquals(List.of("9"), noPrivilege.getAll("ActionID"));
    assertEquals(Optional.of("ActionID: 10\n"), noPrivilege.body());
  }

  @Test
  void missingBlankLineAfterTheMarkerDoesNotSwallowTheNextMessage() {
    RecordingHandler h =
        readAsClient(FrameLimits.DEFAULT, GREETING + PREAMBLE + "out\n--END COMMAND--\r\n" + NEXT);
    assertEquals(2, h.messages.size());
    assertEquals(Optional.of("out\n"), h.messages.get(0).body());
    assertEquals("Next", h.messages.get(1).eventName());
  }

  @Test
  void streamEndingInsideTheOutputIsTruncatedButAfterTheMarkerIsDelivered() {
    RecordingHandler cut = readAsClient(FrameLimits.DEFAULT, GREETING + PREAMBLE + "half\n");
    assertEquals(List.of(), cut.messages);
    assertEquals(List.of(Kind.TRUNCATED), cut.errorKinds());

    RecordingHandler noBlank =
        readAsClient(FrameLimits.DEFAULT, GREETING + PREAMBLE + "out\n--END COMMAND--\r\n");
    assertEquals(1, noBlank.messages.size());
    assertEquals(List.of(), noBlank.errors);
  }

  @Test
  void anOversizedOutputIsSkippedToItsMarkerNotToItsFirstBlankLine() {
    FrameLimits limits = new FrameLimits(64, 100, 200, OverflowAction.SKIP_MESSAGE);
    String output = ("line of output\n\n").repeat(20);
    RecordingHandler h =
        readAsClient(limits, GREETING + PREAMBLE + output + "--END COMMAND--\r\n\r\n" + NEXT);
    assertEquals(List.of(Kind.MESSAGE_TOO_LARGE), h.errorKinds());
    assertEquals(List.of(AmiMessage.of("Event", "Next", "Privilege", "call,all")), h.messages);
  }

  @Test
  void aTooLongLastLineWithTheMarkerGluedOnStillEndsTheSkip() {
    FrameLimits limits = new FrameLimits(64, 100, 10_000, OverflowAction.SKIP_MESSAGE);
    String response = PREAMBLE + "short\n\n" + "w".repeat(500) + "--END COMMAND--\r\n\r\n";
    RecordingHandler h = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(limits, h);
    Feeding.BYTE_BY_BYTE.feed(reader, utf8(GREETING + response + NEXT));
    assertEquals(List.of(Kind.LINE_TOO_LONG), h.errorKinds());
    assertEquals(1, h.messages.size());
    assertEquals("Next", h.messages.get(0).eventName());
  }

  @Test
  void fourteenAndLaterOutputHeadersNeedNoSpecialMode() {
    AmiMessage m =
        readOne(
            "Response: Success\r\nActionID: 1\r\nMessage: Command output follows\r\n"
                + "Output: a: b\r\nOutput: \r\nOutput:   indented\r\n\r\n");
    assertEquals(List.of("a: b", "", "  indented"), m.getAll("Output"));
    assertTrue(m.body().isEmpty());
  }

  private static AmiMessage readOne(String response) {
    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, GREETING + response);
    assertEquals(List.of(), h.errors);
    assertEquals(1, h.messages.size());
    return h.messages.get(0);
  }

  private static void assertRoundTrip(String response, AmiMessage message) {
    assertArrayEquals(utf8(response), MessageEncoder.encode(message), response);
  }
}
