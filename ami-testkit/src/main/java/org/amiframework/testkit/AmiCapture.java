package org.amiframework.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.testkit.internal.JsonLines;

/**
 * One side of a recorded AMI connection, split into messages that keep their exact recorded bytes.
 * Reads the capture format of the project's reference data and of {@link AmiRecordingProxy}: {@code
 * .rx} (server side), {@code .tx} (client side) or {@code .jsonl} (both, of which one side is
 * taken).
 */
public final class AmiCapture {

  private static final String GREETING_PREFIX = "Asterisk Call Manager/";

  private final String greeting;
  private final List<AmiMessage> messages;
  private final List<byte[]> raw;

  private AmiCapture(String greeting, List<AmiMessage> messages, List<byte[]> raw) {
    this.greeting = greeting;
    this.messages = List.copyOf(messages);
    this.raw = List.copyOf(raw);
  }

  /** What the server sent, from a {@code .rx} file or the {@code rx} chunks of a {@code .jsonl}. */
  public static AmiCapture fromServer(Path file) {
    return ofServerBytes(read(file, "rx"));
  }

  /** What the client sent, from a {@code .tx} file or the {@code tx} chunks of a {@code .jsonl}. */
  public static AmiCapture fromClient(Path file) {
    return ofClientBytes(read(file, "tx"));
  }

  /** Server output: an optional greeting line, then messages (legacy Command bodies included). */
  public static AmiCapture ofServerBytes(byte[] bytes) {
    boolean greeting = startsWith(bytes, GREETING_PREFIX);
    return split(bytes, FrameReader.Side.CLIENT, greeting);
  }

  /** Client output: actions, blank-line messages included (Asterisk answers those too). */
  public static AmiCapture ofClientBytes(byte[] bytes) {
    return split(bytes, FrameReader.Side.SERVER, false);
  }

  /** The greeting line without its line end, if the capture starts with one. */
  public Optional<String> greeting() {
    return Optional.ofNullable(greeting);
  }

  /** The AMI version the greeting announces ({@code 11.0.0}), if there is a greeting. */
  public Optional<String> amiVersion() {
    return greeting().map(g -> g.startsWith(GREETING_PREFIX) ? g.substring(22) : g);
  }

  /** The messages in order. */
  public List<AmiMessage> messages() {
    return messages;
  }

  /** The exact recorded bytes of message {@code index}, its terminating blank line included. */
  public byte[] rawBytes(int index) {
    return raw.get(index).clone();
  }

  /** Number of messages. */
  public int size() {
    return messages.size();
  }

  private static AmiCapture split(byte[] bytes, FrameReader.Side side, boolean greeting) {
    List<AmiMessage> messages = new ArrayList<>();
    List<byte[]> raw = new ArrayList<>();
    String[] greetingLine = new String[1];
    long[] start = new long[1];
    FrameReader[] reader = new FrameReader[1];
    FrameHandler handler =
        new FrameHandler() {
          @Override
          public void onGreeting(String line) {
            greetingLine[0] = line;
            start[0] = reader[0].offset();
          }

          @Override
          public void onMessage(AmiMessage message) {
            long end = reader[0].offset();
            messages.add(message);
            raw.add(Arrays.copyOfRange(bytes, (int) start[0], (int) end));
            start[0] = end;
          }

          @Override
          public void onError(FrameError error) {
            if (error.kind() != FrameError.Kind.MALFORMED_LINE) {
              throw new IllegalArgumentException("unreadable capture: " + error);
            }
          }
        };
    reader[0] = new FrameReader(FrameLimits.DEFAULT, handler, side, greeting);
    reader[0].feed(bytes, 0, bytes.length);
    reader[0].endOfInput();
    return new AmiCapture(greetingLine[0], messages, raw);
  }

  private static byte[] read(Path file, String direction) {
    try {
      if (!file.getFileName().toString().endsWith(".jsonl")) {
        return Files.readAllBytes(file);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int lineNumber = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Map<String, String> chunk = parse(file, lineNumber, line);
        if (direction.equals(chunk.get("dir"))) {
          out.writeBytes(chunk.getOrDefault("data", "").getBytes(StandardCharsets.ISO_8859_1));
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read capture " + file, e);
    }
  }

  private static Map<String, String> parse(Path file, int lineNumber, String line) {
    try {
      return JsonLines.parseObject(line);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    return bytes.length >= p.length && Arrays.equals(bytes, 0, p.length, p, 0, p.length);
  }

  @Override
  public String toString() {
    return "AmiCapture{" + (greeting == null ? "" : greeting + ", ") + size() + " messages}";
  }
}
