package org.amiframework.core.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.SecretHeaders;

/**
 * Turns the bytes of a line into Strings: header names through a {@link HeaderNameCache}, all other
 * text as strict UTF-8, so that bad bytes are found and reported rather than silently replaced. Not
 * thread-safe: one per reader.
 */
final class LineDecoder {

  private final HeaderNameCache names = new HeaderNameCache();
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** A header name, shared with earlier lines when cached; null when the caller must decode it. */
  String name(byte[] buf, int off, int len) {
    return names.get(buf, off, len);
  }

  /** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
  String decode(byte[] buf, int off, int len) {
    if (len == 0) {
      return "";
    }
    // The JDK's decoder is fastest, and replaces bad bytes by U+FFFD; only when a U+FFFD shows up
    // is a strict check needed, since the text may also hold a real one. For text made only of
    // Latin-1 characters (all ASCII lines) the search below returns at once.
    String text = new String(buf, off, len, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 || firstInvalidByte(buf, off, len) < 0 ? text : null;
  }

  /** Index (from {@code off}) of the first byte that is not valid UTF-8, or -1 if there is none. */
  int firstInvalidByte(byte[] buf, int off, int len) {
    ByteBuffer in = ByteBuffer.wrap(buf, off, len);
    boolean error = utf8.reset().decode(in, CharBuffer.allocate(len), true).isError();
    return error ? in.position() - off : -1;
  }

  /**
   * A short, printable rendering of a bare line for an error message: control bytes as \xNN, and
   * nothing at all when its first word names a secret ({@code Secret hunter2}, a colon missed).
   */
  static String excerpt(String line) {
    int wordEnd = 0;
    while (wordEnd < line.length() && line.charAt(wordEnd) > ' ' && line.charAt(wordEnd) != ':') {
      wordEnd++;
    }
    if (SecretHeaders.isSecret(line.substring(0, wordEnd))) {
      return "(not shown: it may hold a secret)";
    }
    int max = 60;
    String shown = line.length() > max ? line.substring(0, max) : line;
    StringBuilder sb = new StringBuilder(shown.length() + 8).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
    return line.length() > max ? sb.append("...").toString() : sb.toString();
  }
}
