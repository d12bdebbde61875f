package org.amiframework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.Captures;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelVariablesTest {

  @Test
  void readsAsteriskStyleValuesAsItsSplitterDoes() {
    assertParses(Map.of("a", "1", "b", "2"), "a=1,b=2");
    assertParses(Map.of("a", "1,2", "b", "3"), "\"a=1,2\",b=3");
    assertParses(Map.of("x", "hello, world"), "x=\"hello, world\"");
    assertParses(Map.of("fn", "CALLERID(name,num)", "y", "1"), "fn=CALLERID(name,num),y=1");
    assertParses(Map.of("arr", "[a,b]", "z", "2"), "arr=[a,b],z=2");
    assertParses(Map.of("esc", "a,b"), "esc=a\\,b");
    assertParses(Map.of("dir", "C:\\temp"), "dir=C:\\\\temp");
    assertParses(Map.of("q", "say \"hi\""), "q=say \\\"hi\\\"");
    assertParses(Map.of("eq", "a=b=c"), "eq=a=b=c");
  }

  @Test
  void dropsPiecesWithoutEqualsOrName() {
    assertParses(Map.of("k", ""), "noequals,=empty,k=,");
    assertParses(Map.of(), "");
    assertParses(Map.of(), ",,,");
  }

  @Test
  void skipsBlanksBeforeTheValueButTrimsNothingElse() {
    assertParses(Map.of("lead", "1"), " \t lead=1");
    assertParses(Map.of("a", "1 ", " b", " 2"), "a=1 , b= 2");
  }

  @Test
  void keepsTheQuirksOfTheSplitter() {
    // An unbalanced bracket protects every comma after it.
    assertParses(Map.of("a", "(1,b=2"), "a=(1,b=2");
    // A quote does not stop a bracket from counting.
    assertParses(Map.of("a(b,c", "1"), "\"a(b\",c=1");
    // A backslash at the very end is dropped.
    assertParses(Map.of("a", "1"), "a=1\\");
  }

  @Test
  void theSixtyFourthPieceTakesTheRestUnsplit() {
    String header =
        IntStream.range(0, 70).mapToObj(i -> "v" + i + "=" + i).collect(Collectors.joining(","));
    Map<String, String> vars = ChannelVariables.parse(List.of(header));
    assertEquals(64, vars.size());
    assertEquals("62", vars.get("v62"));
    assertTrue(vars.get("v63").startsWith("63,v64=64,"), vars.get("v63"));
  }

  @Test
  void readsEveryHeaderInOrderAndTheLastValueOfANameWins() {
    Map<String, String> vars = ChannelVariables.parse(List.of("a=1", "b=2,c=3", "a=4"));
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(vars.keySet()));
    assertEquals("4", vars.get("a"));
    assertThrows(UnsupportedOperationException.class, () -> vars.put("x", "y"));
  }

  @Test
  void writesOneHeaderPerPairEscapingOnlyWhatTheSplitterWouldMisread() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("plain", "value with spaces and é");
    vars.put(" lead", "x");
    vars.put("odd", "a,b \"c\" \\d (e) [f] =g");
    AmiMessage.Builder b = AmiMessage.builder().add("Action", "Originate");
    ChannelVariables.addTo(b, vars);
    assertEquals(
        List.of(
            "plain=value with spaces and é",
            "\\ lead=x",
            "odd=a\\,b \\\"c\\\" \\\\d \\(e\\) \\[f\\] =g"),
        b.build().getAll("Variable"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a=b", "="})
  void refusesNamesAsteriskCannotRead(String name) {
    AmiMessage.Builder b = AmiMessage.builder();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ChannelVariables.addTo(b, Collections.singletonMap(name, "v")));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    assertEquals(0, b.size());
  }

  @Test
  void refusesNullNamesAndValues() {
    AmiMessage.Builder b = AmiMessage.builder();
    assertThrows(
        NullPointerException.class,
        () -> ChannelVariables.addTo(b, Collections.singletonMap("a", null)));
    assertThrows(
        NullPointerException.class,
        () -> ChannelVariables.addTo(b, Collections.singletonMap(null, "v")));
  }

  @Test
  void anyVariablesSurviveTheWireAndAsteriskReading() {
    String alphabet = "ab,\"\\()[]= =\t;|ü€";
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      Map<String, String> vars = new LinkedHashMap<>();
      for (int i = random.nextInt(5); i >= 0; i--) {
        String name = randomText(random, alphabet.replace("=", ""), 1 + random.nextInt(6));
        vars.put(name, randomText(random, alphabet, random.nextInt(8)));
      }
      AmiMessage.Builder b = AmiMessage.builder().add("Action", "Originate");
      ChannelVariables.addTo(b, vars);
      AmiMessage read = read(FrameReader::forServer, MessageEncoder.encodeAction(b.build())).get(0);
      assertEquals(vars, ChannelVariables.parse(read.getAll("Variable")), vars.toString());
    }
  }

  @Test
  void readsTheVariablesOfRealOriginatesAsAsteriskSetThem() {
    assertEquals(
        Map.of("ORIGVAR1", "one", "ORIGVAR2", "two"),
        originateVariables("c1-originate-async-local100", "c1-originate-async-local100"));
    Map<String, String> bulk = originateVariables("m-bulk-200-sender", "m-bulk-200-events");
    assertEquals(Map.of("BULKIDX", "199"), bulk, "200 Originates, the last value per name");
  }

  /**
   * The variables the client's Originates carried, as parse() reads them, after checking that
   * Asterisk set exactly those (VarSet events of the listening session).
   */
  private static Map<String, String> originateVariables(String sender, String listener) {
    Map<String, String> last = new LinkedHashMap<>();
    Set<String> sent = new HashSet<>();
    for (AmiMessage action : read(FrameReader::forServer, Captures.tx(sender))) {
      if ("Originate".equalsIgnoreCase(action.firstNonEmpty("Action"))) {
        Map<String, String> vars = ChannelVariables.parse(action.getAll("Variable"));
        vars.forEach((k, v) -> sent.add(k + "=" + v));
        last.putAll(vars);
      }
    }
    Set<String> set = new HashSet<>();
    for (AmiMessage event : read(FrameReader::forClient, Captures.rx(listener))) {
      if ("VarSet".equals(event.eventName()) && last.containsKey(event.get("Variable"))) {
        set.add(event.get("Variable") + "=" + event.get("Value"));
      }
    }
    assertEquals(sent, set);
    return last;
  }

  private static List<AmiMessage> read(
      BiFunction<FrameLimits, FrameHandler, FrameReader> newReader, byte[] bytes) {
    List<AmiMessage> messages = new ArrayList<>();
    newReader.apply(FrameLimits.DEFAULT, messages::add).feed(bytes);
    return messages;
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static void assertParses(Map<String, String> expected, String header) {
    assertEquals(expected, ChannelVariables.parse(List.of(header)), header);
  }
}
