package org.amiframework.core.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.amiframework.core.message.SecretHeaders;
import org.amiframework.core.wire.FrameError.Kind;

/**
 * Turns the bytes of a line into Strings and reports the bytes that should not be there: header
 * names come from a {@link HeaderNameCache}, all other text is decoded as strict UTF-8, so that a
 * bad byte is found and reported (then kept as one char) rather than silently replaced. Not
 * thread-safe: one per reader.
 */
final class LineDecoder {

  private final HeaderNameCache names = new HeaderNameCache();
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final BiConsumer<Kind, String> problems;

  /**
   * @param problems receives the kind and detail of each problem; the position is the current
   *     line's, which the receiver knows
   */
  LineDecoder(BiConsumer<Kind, String> problems) {
    this.problems = problems;
  }

  /** A header name, the same String as on earlier lines when it is cached. */
  String name(byte[] buf, int off, int len) {
    String name = names.get(buf, off, len);
    return name != null ? name : text(buf, off, len, off, null);
  }

  /** A header name of plain ASCII bytes, the same String as on earlier lines when it is cached. */
  String asciiName(byte[] buf, int off, int len) {
    return names.getAscii(buf, off, len);
  }

  /**
   * The bytes as UTF-8 text; bytes that are not valid UTF-8 are reported with their column (from
   * {@code lineOff}) and the text is then kept one char per byte.
   *
   * @param header the header whose value this is, to name in the report; null for other text
   */
  String text(byte[] buf, int off, int len, int lineOff, String header) {
    if (len == 0) {
      return "";
    }
    // The JDK's decoder is fastest, and replaces bad bytes by U+FFFD; only when a U+FFFD shows up
    // is a strict check needed, since the text may also hold a real one. For text made only of
    // Latin-1 characters (all ASCII lines) the search below returns at once.
    String text = new String(buf, off, len, StandardCharsets.UTF_8);
    int invalid = text.indexOf('\uFFFD') < 0 ? -1 : firstInvalidByte(buf, off, len);
    if (invalid < 0) {
      return text;
    }
    problems.accept(
        Kind.INVALID_ENCODING,
        "invalid UTF-8 at column "
            + (off - lineOff + invalid + 1)
            + (header == null ? "" : " (value of " + header + ")")
            + "; kept byte for byte as ISO-8859-1");
    return new String(buf, off, len, StandardCharsets.ISO_8859_1);
  }

  /** Reports the first NUL, or CR not followed by LF, of a line; the bytes stay in the line. */
  void checkControlBytes(byte[] buf, int off, int len) {
    // A NUL ends a C string, so Asterisk would cut the line there; a CR not followed by LF is kept
    // by Asterisk as part of the line. Both are kept here too, and reported: a peer sending them is
    // broken or probing.
    for (int i = off, end = off + len; i < end; i++) {
      if (buf[i] == 0 || buf[i] == '\r') {
        problems.accept(
            Kind.CONTROL_CHARACTER,
            (buf[i] == 0 ? "NUL byte" : "CR not followed by LF")
                + " at column "
                + (i - off + 1)
                + "; kept in the line");
        return;
      }
    }
  }

  private int firstInvalidByte(byte[] buf, int off, int len) {
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
