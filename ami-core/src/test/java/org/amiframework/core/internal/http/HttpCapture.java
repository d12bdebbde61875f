package org.amiframework.core.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real HTTP replies Asterisk 22.10.1 gave in {@code captures/k-http/}, read from the shared
 * directory (never copied into the repository). Each file is what {@code curl -i} printed: one or
 * more replies, each a status line, headers and body; with {@code --digest} curl prints the first
 * 401's headers but not its body, which this reader recognises by the next status line.
 */
final class HttpCapture {

  /** One reply as captured. */
  record Reply(String statusLine, int status, List<String[]> headers, byte[] body, boolean elided) {

    /** The first value of a header (case-insensitive), or null. */
    String header(String name) {
      return headers.stream()
          .filter(h -> h[0].equalsIgnoreCase(name))
          .map(h -> h[1])
          .findFirst()
          .orElse(null);
    }

    /** Every value of a header. */
    List<String> all(String name) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
    }

    /** The body as text. */
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private HttpCapture() {}

  /** The capture directory; fails (never skips) when it is missing. */
  static Path dir() {
    String shared = System.getProperty("ami.shared.dir");
    if (shared == null) {
      throw new IllegalStateException("system property ami.shared.dir is not set (see pom.xml)");
    }
    Path dir = Path.of(shared, "asterisk", "captures", "k-http");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("HTTP captures not found at " + dir.toAbsolutePath());
    }
    return dir;
  }

  /** Every {@code .http} file name, sorted. */
  static List<String> files() {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".http"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The replies in one file, in order. */
  static List<Reply> read(String file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Reply> replies = new ArrayList<>();
    int pos = 0;
    while (pos < bytes.length) {
      int lineEnd = indexOf(bytes, "\r\n", pos);
      String statusLine = latin1(bytes, pos, lineEnd);
      if (!statusLine.startsWith("HTTP/1.")) {
        throw new IllegalStateException(file + ": expected a status line at byte " + pos);
      }
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      List<String[]> headers = new ArrayList<>();
      pos = lineEnd + 2;
      while (true) {
        int end = indexOf(bytes, "\r\n", pos);
        String line = latin1(bytes, pos, end);
        pos = end + 2;
        if (line.isEmpty()) {
          break;
        }
        int colon = line.indexOf(':');
        headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
      }
      boolean elided = latin1(bytes, pos, Math.min(bytes.length, pos + 7)).equals("HTTP/1.");
      int length = elided ? 0 : Integer.parseInt(valueOf(headers, "Content-Length"));
      replies.add(
          new Reply(
              statusLine, status, headers, Arrays.copyOfRange(bytes, pos, pos + length), elided));
      pos += length;
    }
    return replies;
  }

  private static String valueOf(List<String[]> headers, String name) {
    return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).findFirst().orElseThrow()[1];
  }

  private static int indexOf(byte[] bytes, String what, int from) {
    byte[] needle = what.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("no " + what.replace("\r\n", "CRLF") + " after byte " + from);
  }

  private static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
