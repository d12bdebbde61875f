package org.amiframework.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON shape the captures use, one object per line: {@code {"t": 0.004846, "dir": "rx",
 * "data": "..."}} where {@code data} holds the bytes as Latin-1 characters. Writes it as Python's
 * {@code json.dumps} does (ASCII only, other characters as a backslash-u escape) and reads it back;
 * a full JSON library would be a dependency for twenty lines of need.
 */
public final class JsonLines {

  private JsonLines() {}

  /** One capture line: time since connect, direction, and the bytes as Latin-1 text. */
  public static String line(double seconds, String direction, String latin1Data) {
    return String.format(
        Locale.ROOT,
        "{\"t\": %.6f, \"dir\": \"%s\", \"data\": \"%s\"}",
        seconds,
        escape(direction),
        escape(latin1Data));
  }

  /** JSON string escaping, ASCII only. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Parses one flat JSON object whose values are strings or numbers.
   *
   * @throws IllegalArgumentException naming the column when the line is not such an object
   */
  public static Map<String, String> parseObject(String line) {
    Parser p = new Parser(line);
    Map<String, String> out = new LinkedHashMap<>();
    p.expect('{');
    p.skipBlanks();
    if (p.peek() == '}') {
      return out;
    }
    while (true) {
      String key = p.string();
      p.expect(':');
      p.skipBlanks();
      out.put(key, p.peek() == '"' ? p.string() : p.bareValue());
      p.skipBlanks();
      char c = p.next();
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw p.error("expected ',' or '}'");
      }
    }
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    void skipBlanks() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    char peek() {
      if (pos >= s.length()) {
        throw error("unexpected end of line");
      }
      return s.charAt(pos);
    }

    char next() {
      char c = peek();
      pos++;
      return c;
    }

    void expect(char c) {
      skipBlanks();
      if (next() != c) {
        throw error("expected '" + c + "'");
      }
    }

    String bareValue() {
      int start = pos;
      while (pos < s.length() && ",}".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      return s.substring(start, pos).trim();
    }

    String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("truncated \\u escape");
            }
            sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at column " + (pos + 1) + " of: " + excerpt());
    }

    private String excerpt() {
      return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
  }
}
