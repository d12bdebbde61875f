package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/**
 * Values read from the wire are kept as bytes and made Strings when asked for: what a message says
 * must be exactly what the eager decoding of the same lines said, on every thread.
 */
class LazyValuesTest {

  private static final String EVENT =
      "Event: Newchannel\r\n"
          + "Privilege: call,all\r\n"
          + "Channel: PJSIP/alice-00000001\r\n"
          + "CallerIDName: Zoë Ångström\r\n" // UTF-8: the eager path
          + "Exten: \r\n" // empty
          + "Output:    Members: \r\n" // blanks after the first belong to the value
          + "Variable: a=1\r\n"
          + "variable: b=2\r\n"
          + "Uniqueid: 1700000000.1\r\n"
          + "\r\n";

  private static final AmiMessage EAGER =
      AmiMessage.of(
          "Event", "Newchannel",
          "Privilege", "call,all",
          "Channel", "PJSIP/alice-00000001",
          "CallerIDName", "Zoë Ångström",
          "Exten", "",
          "Output", "   Members: ",
          "Variable", "a=1",
          "variable", "b=2",
          "Uniqueid", "1700000000.1");

  private static AmiMessage readOne() {
    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, GREETING + EVENT);
    assertEquals(List.of(), h.errors);
    assertEquals(1, h.messages.size());
    return h.messages.get(0);
  }

  @Test
  void valuesEqualTheEagerDecoding() {
    AmiMessage read = readOne();
    assertEquals(EAGER, read);
    assertEquals(read, EAGER);
    assertEquals(EAGER.hashCode(), read.hashCode());
    assertEquals(EAGER.toString(), read.toString());
    assertEquals(EAGER.headers(), read.headers());
    assertEquals(List.of("a=1", "b=2"), read.getAll("VARIABLE"));
    assertEquals("", read.get("Exten"));
    assertEquals("   Members: ", read.get("Output"));
    assertEquals("Zoë Ångström", read.get("CallerIDName"));
    assertEquals(EAGER, read.toBuilder().build());
  }

  @Test
  void equalityAndHashDoNotDependOnWhichValuesWereAlreadyMade() {
    AmiMessage untouched = readOne();
    AmiMessage touched = readOne();
    touched.get("Uniqueid");
    assertEquals(untouched.hashCode(), touched.hashCode());
    assertEquals(touched, untouched);
    assertEquals(untouched, readOne());
  }

  @Test
  void aValueIsMadeOnceAndKept() {
    AmiMessage read = readOne();
    assertSame(read.get("Channel"), read.get("Channel"));
    assertSame(read.value(8), read.get("uniqueid"));
  }

  @Test
  void firstHeaderValuesAreSharedAcrossMessages() {
    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, GREETING + EVENT + EVENT);
    assertEquals(2, h.messages.size());
    assertSame(h.messages.get(0).eventName(), h.messages.get(1).eventName());
    assertEquals("Newchannel", h.messages.get(1).eventName());
  }

  @Test
  void firstNonEmptySkipsAnEmptyValueKeptAsBytes() {
    RecordingHandler h = Streams.readAsServer("Action: \r\nActionID: 5\r\naction: Ping\r\n\r\n");
    assertEquals("Ping", h.messages.get(0).firstNonEmpty("Action"));
    assertEquals("", h.messages.get(0).get("Action"));
  }

  @Test
  void threadsReadingTheSameMessagesAllSeeTheSameValues() throws Exception {
    int threads = 4;
    int messages = 200;
    StringBuilder stream = new StringBuilder(GREETING);
    for (int i = 0; i < messages; i++) {
      stream.append("Event: Tick\r\nN: ").append(i).append("\r\nChannel: SIP/").append(i);
      stream.append("\r\nUniqueid: 17000.").append(i).append("\r\n\r\n");
    }
    List<AmiMessage> read = readAsClient(FrameLimits.DEFAULT, stream.toString()).messages;
    assertEquals(messages, read.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<String>>> seen = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        seen.add(
            pool.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  List<String> values = new ArrayList<>();
                  for (AmiMessage m : read) {
                    for (int v = 0; v < m.size(); v++) {
                      values.add(m.value(v));
                    }
                  }
                  return values;
                }));
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < messages; i++) {
        expected.addAll(List.of("Tick", Integer.toString(i), "SIP/" + i, "17000." + i));
      }
      for (Future<List<String>> f : seen) {
        assertEquals(expected, f.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aByteThatIsNotPlainAnywhereInALineSendsItToTheCheckedPath() {
    // The plain-text check runs eight bytes at a time with the search for the LF: try every
    // place in and around a word, in the name and in the value.
    String line = "Channel: PJSIP/alice-0000000123";
    for (int at = 0; at <= line.length(); at++) {
      String utf8 = line.substring(0, at) + "é" + line.substring(at);
      RecordingHandler h = readAsClient(FrameLimits.DEFAULT, GREETING + utf8 + "\r\n\r\n");
      AmiMessage m = h.messages.get(0);
      assertEquals(List.of(), h.errors, utf8);
      int colon = utf8.indexOf(':');
      String value = utf8.substring(colon + 1);
      assertEquals(utf8.substring(0, colon), m.name(0), utf8);
      assertEquals(value.startsWith(" ") ? value.substring(1) : value, m.value(0), utf8);

      String nul = line.substring(0, at) + "\0" + line.substring(at);
      h = readAsClient(FrameLimits.DEFAULT, GREETING + nul + "\r\n\r\n");
      assertEquals(List.of(FrameError.Kind.CONTROL_CHARACTER), h.errorKinds(), "NUL at " + at);
    }
  }
}
