package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.readAsServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.testsupport.Captures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads what real clients sent (the {@code .tx} captures) with the server-side reader, and checks
 * it against what Asterisk itself read: Asterisk answered every action with one response, echoing
 * the ActionID it found, in order.
 */
class CaptureTxTest {

  static Stream<String> captures() {
    return Captures.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void readsEachActionAsTheSimpleOracleDoes(String capture) {
    byte[] tx = Captures.tx(capture);
    RecordingHandler handler = readAsServer(tx);
    List<List<Header>> expected = oracle(tx);
    assertEquals(expected.size(), handler.messages.size(), "number of actions");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), handler.messages.get(i).headers(), "action " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void findsTheActionIdsAsteriskEchoed(String capture) {
    List<AmiMessage> actions = readAsServer(Captures.tx(capture)).messages;
    List<AmiMessage> responses = new ArrayList<>();
    RecordingHandler rx = new RecordingHandler();
    FrameReader.forClient(FrameLimits.DEFAULT, rx).feed(Captures.rx(capture));
    rx.messages.stream().filter(m -> m.kind() == MessageKind.RESPONSE).forEach(responses::add);

    assertEquals(actions.size(), responses.size(), "one response per action");
    for (int i = 0; i < actions.size(); i++) {
      AmiMessage action = actions.get(i);
      AmiMessage response = responses.get(i);
      assertEquals(response.actionId(), action.actionId(), "ActionID of action " + i);
      if (action.firstNonEmpty("Action") == null) {
        assertEquals("Missing action in request", response.get("Message"), "action " + i);
      }
    }
  }

  @Test
  void readsTheOddPingsAsAsteriskDid() {
    RecordingHandler handler = readAsServer(Captures.tx("b-ping"));
    List<AmiMessage> m = handler.messages;
    assertEquals(List.of(), handler.errors);
    assertEquals(11, m.size());
    assertEquals("ping-with-üñí-and spaces", m.get(3).actionId());
    assertEquals("action", m.get(4).name(0), "the name is kept as written");
    assertEquals("ping", m.get(4).get("Action"));
    assertEquals("lower-case-keys", m.get(4).get("ActionID"));
    assertEquals("lf-only-line-endings", m.get(5).actionId(), "bare LF line ends");
    assertEquals("dup-1", m.get(6).actionId(), "the first of two ActionIDs wins");
    assertEquals(List.of("dup-1", "dup-2"), m.get(6).getAll("ActionID"));
    assertEquals("no-space-after-colon", m.get(7).actionId());
    assertEquals(
        List.of("pipelined-1", "pipelined-2"), List.of(m.get(8).actionId(), m.get(9).actionId()));
  }

  @Test
  void deliversBlankLinesAsEmptyMessagesAndKeepsAGarbageLine() {
    byte[] tx = Captures.tx("h1-errors-admin");
    RecordingHandler handler = readAsServer(tx);
    List<AmiMessage> m = handler.messages;
    assertEquals(List.of(AmiMessage.of(), AmiMessage.of()), m.subList(4, 6));
    AmiMessage garbage = m.get(6);
    assertEquals(Header.bareLine("This line has no colon"), garbage.header(0));
    assertEquals("Ping", garbage.firstNonEmpty("Action"));
    assertEquals("", m.get(3).get("Action"));
    assertNull(m.get(3).firstNonEmpty("Action"));

    assertEquals(1, handler.errors.size());
    FrameError error = handler.errors.get(0);
    assertEquals(FrameError.Kind.MALFORMED_LINE, error.kind());
    String text = new String(tx, StandardCharsets.ISO_8859_1);
    int lineStart = text.indexOf("This line has no colon");
    assertEquals(lineStart, error.offset());
    assertEquals(text.substring(0, lineStart).split("\n", -1).length, error.line());
  }

  /**
   * A deliberately simple reading of what a client sent, sharing nothing with the reader: LF ends a
   * line (a CR before it too), every blank line ends a message, the first colon splits a line and
   * every blank after it is skipped.
   */
  private static List<List<Header>> oracle(byte[] tx) {
    List<List<Header>> messages = new ArrayList<>();
    List<Header> current = new ArrayList<>();
    String text = new String(tx, StandardCharsets.UTF_8);
    for (String line : text.substring(0, text.lastIndexOf('\n')).split("\n", -1)) {
      String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      int colon = content.indexOf(':');
      if (content.isEmpty()) {
        messages.add(current);
        current = new ArrayList<>();
      } else if (colon > 0) {
        current.add(
            new Header(content.substring(0, colon), content.substring(colon + 1).stripLeading()));
      } else {
        current.add(Header.bareLine(content));
      }
    }
    return messages;
  }
}
