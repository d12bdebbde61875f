package org.amiframework.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One HTTP reply exactly as it crossed the wire: status line, headers in order, body bytes. Read
 * from a socket the test talks to the fake through, or from the {@code .http} files of {@code
 * captures/k-http}, which hold what {@code curl -i} printed (with {@code --digest}, curl prints the
 * headers of the first 401 but not its body: such a reply is read with an empty body).
 *
 * @param statusLine e.g. {@code HTTP/1.1 200 OK}
 * @param headers name and value pairs, in order
 * @param body the body
 */
record HttpReply(String statusLine, List<String[]> headers, byte[] body) {

  /** The first value of a header, by case-insensitive name, or null. */
  String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  /** The body as text. */
  String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The replies of a capture file, in order. */
  static List<HttpReply> captured(String file) throws IOException {
    Path path = SharedData.captures().resolve("k-http").resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new AssertionError("reference capture missing: " + path.toAbsolutePath());
    }
    return parseAll(Files.readAllBytes(path));
  }

  /**
   * Sends one request on a new connection ({@code Connection: close}) and reads the reply.
   *
   * @param head the request line and header lines, without the blank line that ends them
   */
  static HttpReply exchange(int port, String head, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String request =
        head
            + "\r\nHost: 127.0.0.1:"
            + port
            + "\r\nConnection: close"
            + (body == null ? "" : "\r\nContent-Length: " + content.length)
            + "\r\n\r\n";
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      List<HttpReply> replies = parseAll(in.readAllBytes());
      if (replies.size() != 1) {
        throw new AssertionError("expected one reply, got " + replies.size());
      }
      return replies.get(0);
    }
  }

  private static List<HttpReply> parseAll(byte[] bytes) {
    List<HttpReply> replies = new ArrayList<>();
    int pos = 0;
    while (pos < bytes.length) {
      List<String> lines = new ArrayList<>();
      while (true) {
        int end = indexOfCrlf(bytes, pos);
        String line = new String(bytes, pos, end - pos, StandardCharsets.ISO_8859_1);
        pos = end + 2;
        if (line.isEmpty()) {
          break;
        }
        lines.add(line);
      }
      List<String[]> headers = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        int colon = line.indexOf(':');
        headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
      }
      HttpReply head = new HttpReply(lines.get(0), headers, new byte[0]);
      boolean elided = startsWith(bytes, pos, "HTTP/1.");
      String declared = head.header("Content-Length");
      int length = elided || declared == null ? 0 : Integer.parseInt(declared);
      replies.add(
          new HttpReply(lines.get(0), headers, Arrays.copyOfRange(bytes, pos, pos + length)));
      pos += length;
    }
    return replies;
  }

  private static int indexOfCrlf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("reply ends inside its head, after byte " + from);
  }

  private static boolean startsWith(byte[] bytes, int from, String text) {
    byte[] prefix = text.getBytes(StandardCharsets.US_ASCII);
    return bytes.length - from >= prefix.length
        && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
  }
}
