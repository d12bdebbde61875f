package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amiframework.core.api.ChannelVariables;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageEncoderTest {

  @Test
  void writesNameColonSpaceValueCrLfAndOneBlankLine() {
    AmiMessage ping = AmiMessage.of("Action", "Ping", "ActionID", "ü-1", "Empty", "");
    assertArrayEquals(
        utf8("Action: Ping\r\nActionID: ü-1\r\nEmpty: \r\n\r\n"),
        MessageEncoder.encodeAction(ping));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\n", "\0", "\r\n\r\nAction: Originate"})
  void refusesAValueThatWouldBreakTheFrame(String bad) {
    AmiMessage action = AmiMessage.of("Action", "Ping", "ActionID", "id" + bad + "x");
    HeaderInjectionException e =
        assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encodeAction(action));
    assertTrue(e.getMessage().startsWith("value of header 2 (ActionID) contains "), e.getMessage());
    assertTrue(e.getMessage().contains("at index 2"), e.getMessage());
    assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encode(action));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Act\rion", "Act\nion", "Act\0ion", "Act:ion"})
  void refusesANameThatWouldBreakTheFrame(String name) {
    AmiMessage action = AmiMessage.of(name, "Ping");
    HeaderInjectionException e =
        assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encodeAction(action));
    assertTrue(e.getMessage().startsWith("name of header 1 contains "), e.getMessage());
    assertTrue(e.getMessage().contains("at index 3"), e.getMessage());
  }

  @Test
  void neverShowsASecretInTheError() {
    AmiMessage login = AmiMessage.of("Action", "Login", "Secret", "hunter2\r\nAction: Evil");
    HeaderInjectionException e =
        assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encodeAction(login));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertTrue(e.getMessage().contains("(Secret)"), e.getMessage());
  }

  @Test
  void anActionHasNoBareLinesAndNoBody() {
    AmiMessage bare = AmiMessage.of(List.of(new Header("Action", "Ping"), Header.bareLine("x")));
    assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encodeAction(bare));
    AmiMessage withBody = AmiMessage.builder().add("Action", "Command").body("text\n").build();
    assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encodeAction(withBody));
  }

  @Test
  void aServerWritesBareLinesAndALegacyBody() {
    AmiMessage m =
        AmiMessage.builder()
            .add("Response", "Follows")
            .add("Privilege", "Command")
            .body("line 1\n\nline: 3\n")
            .build();
    assertArrayEquals(
        utf8(
            "Response: Follows\r\nPrivilege: Command\r\nline 1\n\nline: 3\n--END COMMAND--\r\n\r\n"),
        MessageEncoder.encode(m));
    AmiMessage bare = AmiMessage.of(List.of(new Header("Event", "X"), Header.bareLine("raw")));
    assertArrayEquals(utf8("Event: X\r\nraw\r\n\r\n"), MessageEncoder.encode(bare));
  }

  @Test
  void aServerCannotWriteAnEmptyBareLineOrABodyThatEndsEarly() {
    AmiMessage empty = AmiMessage.of(List.of(new Header("Event", "X"), Header.bareLine("")));
    assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encode(empty));
    for (String body : new String[] {"a\n--END COMMAND--\nb\n", "--END COMMAND--\r\n", "a\0"}) {
      AmiMessage m = AmiMessage.builder().add("Response", "Follows").body(body).build();
      assertThrows(HeaderInjectionException.class, () -> MessageEncoder.encode(m), body);
    }
  }

  @Test
  void writesVariableHeadersOnePerPair() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("CALLERID(name)", "Doe, John");
    vars.put("PATH", "C:\\temp \"x\" [1] (2)");
    vars.put("EQ", "a=b");
    AmiMessage.Builder b = AmiMessage.builder().add("Action", "Originate");
    ChannelVariables.addTo(b, vars);
    byte[] wire = MessageEncoder.encodeAction(b.build());
    assertArrayEquals(
        utf8(
            "Action: Originate\r\n"
                + "Variable: CALLERID\\(name\\)=Doe\\, John\r\n"
                + "Variable: PATH=C:\\\\temp \\\"x\\\" \\[1\\] \\(2\\)\r\n"
                + "Variable: EQ=a=b\r\n\r\n"),
        wire);
  }
}
