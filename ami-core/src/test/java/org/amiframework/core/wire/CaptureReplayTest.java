package org.amiframework.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.testsupport.Captures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every byte a real Asterisk 22 sent (the {@code .rx} captures) through the client-side
 * reader, cut at the real TCP read borders and at others, and checks the result against a
 * deliberately simple reading of the whole file.
 */
class CaptureReplayTest {

  static Stream<String> captures() {
    return Captures.names().stream();
  }

  static Stream<Arguments> capturesAndFeedings() {
    return Captures.names().stream()
        .flatMap(name -> Arrays.stream(Feeding.values()).map(f -> Arguments.of(name, f)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void realReadBordersGiveEveryMessageWhole(String capture) {
    byte[] rx = Captures.rx(capture);
    List<byte[]> chunks = Captures.rxChunks(capture);
    assertArrayEquals(rx, concat(chunks), "the rx chunks of the .jsonl must add up to the .rx");
    assertReadsAsOracle(rx, reader -> Feeding.feedChunks(reader, chunks));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("capturesAndFeedings")
  void otherReadBordersGiveTheSameMessages(String capture, Feeding feeding) {
    byte[] rx = Captures.rx(capture);
    assertReadsAsOracle(rx, reader -> feeding.feed(reader, rx));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void reEncodingTheMessagesGivesBackTheExactBytes(String capture) {
    byte[] rx = Captures.rx(capture);
    RecordingHandler handler = read(reader -> reader.feed(rx));
    ByteArrayOutputStream encoded = new ByteArrayOutputStream(rx.length);
    handler.messages.forEach(m -> encoded.writeBytes(MessageEncoder.encode(m)));
    int afterGreeting = indexOfCrLf(rx) + 2;
    assertArrayEquals(Arrays.copyOfRange(rx, afterGreeting, rx.length), encoded.toByteArray());
  }

  @Test
  void theRealBordersCutMessagesAndPackSeveralIntoOneRead() {
    // Without both, the chunked replay above would prove little.
    int cutMessages = 0;
    int packedReads = 0;
    for (String capture : Captures.names()) {
      for (byte[] chunk : Captures.rxChunks(capture)) {
        String text = new String(chunk, StandardCharsets.ISO_8859_1);
        boolean greeting = text.startsWith("Asterisk Call Manager/");
        cutMessages += !greeting && !text.endsWith("\r\n\r\n") ? 1 : 0;
        packedReads += text.split("\r\n\r\n", -1).length > 2 ? 1 : 0;
      }
    }
    assertTrue(cutMessages > 0, "no read ends inside a message");
    assertTrue(packedReads > 0, "no read holds several messages");
  }

  @Test
  void anOriginateResponseIsAnEventThoughItCarriesResponse() {
    RecordingHandler handler =
        read(reader -> reader.feed(Captures.rx("c1-originate-async-local100")));
    AmiMessage originate =
        handler.messages.stream()
            .filter(m -> "OriginateResponse".equals(m.get("Event")))
            .findFirst()
            .orElseThrow();
    assertEquals(MessageKind.EVENT, originate.kind());
    assertEquals("OriginateResponse", originate.eventName());
    assertEquals("Success", originate.get("Response"));
  }

  private static void assertReadsAsOracle(byte[] rx, Consumer<FrameReader> feeding) {
    Oracle expected = Oracle.of(rx);
    RecordingHandler handler = read(feeding);
    assertEquals(List.of(), handler.errors);
    assertEquals(List.of(expected.greeting), handler.greetings);
    assertEquals(expected.messages.size(), handler.messages.size(), "number of messages");
    for (int i = 0; i < expected.messages.size(); i++) {
      assertEquals(expected.messages.get(i), handler.messages.get(i).headers(), "message " + i);
    }
  }

  private static RecordingHandler read(Consumer<FrameReader> feeding) {
    RecordingHandler handler = new RecordingHandler();
    FrameReader reader = FrameReader.forClient(FrameLimits.DEFAULT, handler);
    feeding.accept(reader);
    reader.endOfInput();
    return handler;
  }

  /**
   * A deliberately simple reading of a whole capture, sharing nothing with the reader: the first
   * CRLF ends the greeting, CRLF CRLF ends a message, CRLF ends a line, the first ": " splits it.
   */
  private record Oracle(String greeting, List<List<Header>> messages) {

    static Oracle of(byte[] rx) {
      String text = new String(rx, StandardCharsets.UTF_8);
      int greetingEnd = text.indexOf("\r\n");
      String rest = text.substring(greetingEnd + 2);
      assertTrue(rest.endsWith("\r\n\r\n"), "capture ends inside a message");
      List<List<Header>> messages = new ArrayList<>();
      for (String block : rest.substring(0, rest.length() - 4).split("\r\n\r\n")) {
        List<Header> headers = new ArrayList<>();
        for (String line : block.split("\r\n")) {
          int separator = line.indexOf(": ");
          assertTrue(separator > 0, () -> "the oracle cannot read the line: " + line);
          headers.add(new Header(line.substring(0, separator), line.substring(separator + 2)));
        }
        messages.add(headers);
      }
      return new Oracle(text.substring(0, greetingEnd), messages);
    }
  }

  private static int indexOfCrLf(byte[] bytes) {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("no CRLF");
  }

  private static byte[] concat(List<byte[]> chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
