package org.amiframework.testkit.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Asterisk's {@code xml_translate()} (§5.4): what {@code /mxml} and {@code /amxml} make of the AMI
 * text an action wrote. It works on that text line by line, as Asterisk does, so whatever the
 * engine wrote (lists, legacy Command bodies, raw bytes a test injected) comes out as Asterisk's
 * would:
 *
 * <ul>
 *   <li>each block of lines up to a blank line becomes {@code <response type='object'
 *       id='DEST'><TYPE name='value' ... /></response>}, DEST and TYPE from the request fields
 *       {@code ajaxdest} (default {@code unknown}) and {@code ajaxobjtype} (default {@code
 *       generic});
 *   <li>a name is lower-cased, every byte that is not an ASCII letter or digit becomes {@code _},
 *       and a leading digit gets a {@code _} before it; the second and later uses of a name in a
 *       block get {@code -2}, {@code -3}...;
 *   <li>values lose their blanks at both ends and have {@code < > " ' &} escaped;
 *   <li>a line without a colon starts {@code opaque_data}, which takes every further line of the
 *       block, joined by newlines.
 * </ul>
 */
final class MxmlTranslator {

  private MxmlTranslator() {}

  /** The whole reply body: {@code <ajax-response>}, the translated blocks, its end tag. */
  static byte[] translate(byte[] amiText, String dest, String objectType) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(amiText.length * 2 + 64);
    ascii(out, "<ajax-response>\n");
    String id = dest == null || dest.isEmpty() ? "unknown" : dest;
    String type = objectType == null || objectType.isEmpty() ? "generic" : objectType;
    Map<String, Integer> seen = new HashMap<>();
    boolean inObject = false;
    boolean opaque = false;
    int pos = 0;
    while (pos < amiText.length) {
      int end = pos;
      while (end < amiText.length && amiText[end] != '\r' && amiText[end] != '\n') {
        end++;
      }
      String line = trimEnd(latin1(amiText, pos, end));
      pos = end < amiText.length && amiText[end] == '\r' ? end + 1 : end;
      pos = pos < amiText.length && amiText[pos] == '\n' ? pos + 1 : pos;
      if (line.isEmpty()) {
        if (opaque) {
          ascii(out, "'");
          opaque = false;
        }
        if (inObject) {
          ascii(out, " /></response>\n");
          inObject = false;
        }
        continue;
      }
      if (!inObject) {
        raw(out, "<response type='object' id='" + id + "'><" + type);
        seen.clear();
        inObject = true;
      }
      if (opaque) {
        ascii(out, "\n");
        escapeValue(out, line);
        continue;
      }
      int colon = line.indexOf(':');
      String name;
      String value;
      if (colon >= 0) {
        name = trimEnd(line.substring(0, colon));
        value = skipBlanks(line.substring(colon + 1));
      } else {
        name = "Opaque-data";
        value = line;
        opaque = true;
      }
      ascii(out, " ");
      escapeName(out, name);
      int count = seen.merge(name, 1, Integer::sum);
      if (count > 1) {
        ascii(out, "-" + count);
      }
      ascii(out, "='");
      escapeValue(out, value);
      if (!opaque || pos >= amiText.length) {
        ascii(out, "'");
      }
    }
    if (inObject) {
      ascii(out, " /></response>\n");
    }
    ascii(out, "</ajax-response>\n");
    return out.toByteArray();
  }

  /** {@code xml_copy_escape()} mode 1|2, on the bytes of the name. */
  private static void escapeName(ByteArrayOutputStream out, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (i == 0 && digit) {
        out.write('_');
        out.write(c);
      } else if (!digit && !letter) {
        out.write('_');
      } else {
        out.write(Character.toLowerCase(c));
      }
    }
  }

  /** {@code xml_copy_escape()} mode 0: the five entities, every other byte as it is. */
  private static void escapeValue(ByteArrayOutputStream out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> ascii(out, "&lt;");
        case '>' -> ascii(out, "&gt;");
        case '"' -> ascii(out, "&quot;");
        case '\'' -> ascii(out, "&apos;");
        case '&' -> ascii(out, "&amp;");
        default -> out.write(c); // a Latin-1 char is one original byte
      }
    }
  }

  /** The bytes as chars one to one, so that every byte comes out exactly as it went in. */
  private static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** {@code ast_trim_blanks()}: drops trailing bytes up to and including space. */
  private static String trimEnd(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return text.substring(0, end);
  }

  /** {@code ast_skip_blanks()}: drops leading bytes up to and including space. */
  private static String skipBlanks(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) <= ' ') {
      start++;
    }
    return text.substring(start);
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static void raw(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
