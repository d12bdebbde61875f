package org.amiframework.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmiMessageTest {

  private static final AmiMessage STATUS =
      AmiMessage.of(
          "Event", "Status",
          "Privilege", "Call",
          "Variable", "a=1",
          "ActionID", "42",
          "variable", "b=2",
          "VARIABLE", "c=3");

  @Test
  void keepsEveryHeaderInWireOrder() {
    assertEquals(6, STATUS.size());
    assertEquals(
        List.of("Event", "Privilege", "Variable", "ActionID", "variable", "VARIABLE"),
        STATUS.headers().stream().map(Header::name).toList());
    assertEquals(new Header("ActionID", "42"), STATUS.header(3));
    assertEquals("Call", STATUS.value(1));
    assertThrows(
        UnsupportedOperationException.class, () -> STATUS.headers().add(new Header("X", "y")));
  }

  @Test
  void readsNamesCaseInsensitivelyAndRepeatsInOrder() {
    assertEquals("a=1", STATUS.get("VARIABLE"));
    assertEquals(List.of("a=1", "b=2", "c=3"), STATUS.getAll("variable"));
    assertEquals("42", STATUS.actionId());
    assertEquals(Optional.of("Call"), STATUS.find("privilege"));
    assertTrue(STATUS.has("actionid"));
    assertNull(STATUS.get("Missing"));
    assertEquals(List.of(), STATUS.getAll("Missing"));
    assertEquals(Optional.empty(), STATUS.find("Missing"));
  }

  @Test
  void firstNonEmptySkipsEmptyValuesAsAsteriskDoesForAction() {
    AmiMessage m = AmiMessage.of("Action", "", "ActionID", "1", "action", "Ping");
    assertEquals("", m.get("Action"));
    assertEquals("Ping", m.firstNonEmpty("ACTION"));
    assertNull(AmiMessage.of("Action", "").firstNonEmpty("Action"));
  }

  @Test
  void isClassifiedByItsFirstHeaderOnly() {
    AmiMessage originate =
        AmiMessage.of("Event", "OriginateResponse", "Response", "Failure", "ActionID", "7");
    assertEquals(MessageKind.EVENT, originate.kind());
    assertEquals("OriginateResponse", originate.eventName());
    assertNull(originate.actionName());
    AmiMessage response = AmiMessage.of("response", "Success", "Event", "x");
    assertEquals(MessageKind.RESPONSE, response.kind());
    assertNull(response.eventName());
    AmiMessage action = AmiMessage.of("ACTION", "Ping");
    assertEquals(MessageKind.ACTION, action.kind());
    assertEquals("Ping", action.actionName());
    assertEquals(MessageKind.OTHER, AmiMessage.of().kind());
    assertEquals(MessageKind.OTHER, AmiMessage.of("ActionID", "1", "Action", "Ping").kind());
    assertEquals(MessageKind.OTHER, AmiMessage.of(List.of(Header.bareLine("Event: x"))).kind());
  }

  @Test
  void toStringMasksSecretsAndKeyHeaders() {
    AmiMessage login =
        AmiMessage.of("Action", "Login", "Username", "admin", "secret", "hunter2", "Key", "abc123");
    String text = login.toString();
    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("abc123"), text);
    assertTrue(text.contains("Username: admin"), text);
    assertTrue(text.contains("secret: ******"), text);
    assertEquals("hunter2", login.get("Secret"), "the value itself is kept");
    assertTrue(SecretHeaders.isSecret("NewPassword"));
    assertFalse(SecretHeaders.isSecret("Challenge"));
  }

  @Test
  void equalsAndHashCodeCoverHeadersInOrderAndBody() {
    AmiMessage a = AmiMessage.of("Event", "X", "A", "1");
    assertEquals(a, AmiMessage.of("Event", "X", "A", "1"));
    assertEquals(a.hashCode(), AmiMessage.of("Event", "X", "A", "1").hashCode());
    assertNotEquals(a, AmiMessage.of("A", "1", "Event", "X"));
    assertNotEquals(a, AmiMessage.of("Event", "X", "a", "1"));
    assertNotEquals(a, AmiMessage.of("Event", "X", "A", "2"));
    assertNotEquals(a, a.toBuilder().body("").build());
    assertEquals(a.toBuilder().body("x").build(), a.toBuilder().body("x").build());
    assertNotEquals(a, null);
  }

  @Test
  void builderSetReplacesInPlaceAndRemovesLaterRepeats() {
    AmiMessage m =
        AmiMessage.builder()
            .add("Action", "Ping")
            .add("ActionID", "1")
            .add("X", "a")
            .add("actionid", "2")
            .set("ACTIONID", "3")
            .set("New", "n")
            .set("Action", "Status")
            .build();
    assertEquals(AmiMessage.of("Action", "Status", "ActionID", "3", "X", "a", "New", "n"), m);
    assertEquals(MessageKind.ACTION, m.kind());
  }

  @Test
  void builderRemoveAddWithAndClear() {
    AmiMessage.Builder b =
        AmiMessage.of("Event", "X", "Variable", "a", "variable", "b", "Y", "1").toBuilder();
    assertEquals(AmiMessage.of("Event", "X", "Y", "1"), b.remove("VARIABLE").build());
    assertEquals(2, b.size());
    assertEquals("Y", b.name(1));
    assertEquals("1", b.value(1));
    assertThrows(IndexOutOfBoundsException.class, () -> b.name(2));
    assertEquals(AmiMessage.of("Event", "X", "Y", "1", "Z", "2"), b.build().with("Z", "2"));
    assertEquals(AmiMessage.of(), b.body("x").clear().build());
    assertThrows(NullPointerException.class, () -> b.add("A", null));
    assertThrows(IllegalArgumentException.class, () -> AmiMessage.of("odd"));
  }

  @Test
  void theBuiltMessageIsImmutable() {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", "X");
    AmiMessage built = b.build();
    b.add("Y", "1").set("Event", "Z");
    assertEquals(AmiMessage.of("Event", "X"), built);
  }

  @Test
  void wrapRefusesArraysOfDifferentLengths() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AmiMessage.wrap(new String[] {"A"}, new String[0], null));
  }

  @Test
  void aBareLineIsAHeaderWithAnEmptyName() {
    Header bare = Header.bareLine("raw text: with colon");
    assertTrue(bare.isBareLine());
    assertEquals("raw text: with colon", bare.toString());
    assertTrue(new Header("ActionID", "1").is("actionid"));
    assertEquals("ActionID: 1", new Header("ActionID", "1").toString());
  }

  @Test
  void wrapLatin1MakesValuesFromBytesWhereNoStringIsGiven() {
    byte[] bytes = "Newchannel1700.1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    AmiMessage m =
        AmiMessage.wrapLatin1(
            new String[] {"Event", "Channel", "Exten", "Uniqueid"},
            new String[] {null, "Zoë", null, null},
            bytes,
            new int[] {10, 10, 10, 16},
            null);
    AmiMessage eager =
        AmiMessage.of("Event", "Newchannel", "Channel", "Zoë", "Exten", "", "Uniqueid", "1700.1");
    assertEquals(eager, m);
    assertEquals(eager.hashCode(), m.hashCode());
    assertEquals("Newchannel", m.eventName());
    assertNull(m.firstNonEmpty("Exten"));
  }

  @Test
  void valueLengthAndHashCodeAreThoseOfTheValueMadeOrNot() {
    String[] expected = {"Newchannel", "Zoë", "", "1700.1", "Zoé"};
    for (int i = 0; i < expected.length; i++) {
      // Fresh each time: asking for a value would make it, and the bytes would no longer be read.
      AmiMessage lazy = latin1Newchannel();
      assertEquals(expected[i].length(), lazy.valueLength(i), expected[i]);
      assertEquals(expected[i].hashCode(), lazy.valueHashCode(i), expected[i]);
      assertEquals(expected[i], lazy.value(i));
      assertEquals(expected[i].length(), lazy.valueLength(i), expected[i]);
      assertEquals(expected[i].hashCode(), lazy.valueHashCode(i), expected[i]);
    }
  }

  /** Zoë given as a String, Zoé kept as bytes, the rest bytes too. */
  private static AmiMessage latin1Newchannel() {
    byte[] bytes = "Newchannel1700.1Zoé".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return AmiMessage.wrapLatin1(
        new String[] {"Event", "Channel", "Exten", "Uniqueid", "CallerIDName"},
        new String[] {null, "Zoë", null, null, null},
        bytes,
        new int[] {10, 10, 10, 16, 19},
        null);
  }

  @Test
  void wrapLatin1RejectsEndsThatDoNotFitTheBytes() {
    String[] two = {"A", "B"};
    byte[] bytes = new byte[4];
    assertThrows(
        IllegalArgumentException.class,
        () -> AmiMessage.wrapLatin1(two, new String[2], bytes, new int[] {3, 2}, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> AmiMessage.wrapLatin1(two, new String[2], bytes, new int[] {1, 5}, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> AmiMessage.wrapLatin1(two, new String[2], bytes, new int[] {1}, null));
  }
}
