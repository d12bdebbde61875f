package org.amiframework.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;

/** Locates the real Asterisk captures beside the repository ({@code ../shared}). */
public final class SharedData {

  private SharedData() {}

  /** The shared directory, from {@code -Dami.shared.dir} or {@code ../shared} of the repository. */
  public static Path dir() {
    String configured = System.getProperty("ami.shared.dir");
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of("").toAbsolutePath().resolveSibling("shared");
    if (!Files.isDirectory(dir.resolve("asterisk/captures"))) {
      throw new IllegalStateException(
          "Asterisk captures not found under "
              + dir.toAbsolutePath()
              + "; pass -Dami.shared.dir=/path/to/shared");
    }
    return dir.toAbsolutePath().normalize();
  }

  /** The bytes of a capture file, e.g. {@code m-bulk-200-events.rx}. */
  public static byte[] capture(String name) {
    try {
      return Files.readAllBytes(dir().resolve("asterisk/captures").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The 7,400 call events of the bulk capture, byte for byte as Asterisk wrote them: the greeting,
   * the login and logoff responses and the session's own FullyBooted/SuccessfulAuth are left out.
   */
  public static byte[] bulkEvents() {
    byte[] all = capture("m-bulk-200-events.rx");
    String text = new String(all, StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder(text.length());
    int pos = text.indexOf('\n') + 1;
    while (pos < text.length()) {
      int end = text.indexOf("\r\n\r\n", pos);
      if (end < 0) {
        break;
      }
      String message = text.substring(pos, end + 4);
      if (message.startsWith("Event: ")
          && !message.startsWith("Event: FullyBooted\r")
          && !message.startsWith("Event: SuccessfulAuth\r")) {
        out.append(message);
      }
      pos = end + 4;
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The bulk events as messages, framed by the core frame reader, in capture order. */
  public static List<AmiMessage> bulkMessages() {
    List<AmiMessage> messages = new ArrayList<>();
    byte[] stream = bulkEvents();
    new FrameReader(FrameLimits.DEFAULT, messages::add, FrameReader.Side.CLIENT, false)
        .feed(stream, 0, stream.length);
    return messages;
  }

  /** Counts messages the simplest way: blank lines (CRLF CRLF). */
  public static int countMessages(byte[] stream) {
    int n = 0;
    for (int i = 3; i < stream.length; i++) {
      if (stream[i] == '\n' && stream[i - 1] == '\r' && stream[i - 2] == '\n') {
        n++;
      }
    }
    return n;
  }
}
