package org.amiframework.core.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one line of a capture's {@code .jsonl}: a flat JSON object whose values are strings or
 * numbers. Enough for the captures, without a JSON library; anything else is refused loudly.
 */
final class FlatJson {

  private final String text;
  private int pos;

  private FlatJson(String text) {
    this.text = text;
  }

  /** The chunk on this line; {@code data} is Latin-1 text, one char per byte. */
  static Captures.Chunk parseChunk(String line) {
    Map<String, Object> fields = new FlatJson(line).object();
    Object seconds = fields.get("t");
    Object direction = fields.get("dir");
    Object data = fields.getOrDefault("data", "");
    if (!(seconds instanceof Double)
        || !(direction instanceof String)
        || !(data instanceof String)) {
      throw new IllegalArgumentException("not a capture chunk: " + line);
    }
    return new Captures.Chunk(
        (Double) seconds,
        (String) direction,
        ((String) data).getBytes(StandardCharsets.ISO_8859_1));
  }

  private Map<String, Object> object() {
    Map<String, Object> fields = new LinkedHashMap<>();
    expect('{');
    if (peek() != '}') {
      do {
        String key = string();
        expect(':');
        fields.put(key, peek() == '"' ? string() : number());
      } while (tryConsume(','));
    }
    expect('}');
    return fields;
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Double number() {
    int start = pos;
    while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("value expected");
    }
    return Double.valueOf(text.substring(start, pos));
  }

  private char peek() {
    skipBlanks();
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    return text.charAt(pos);
  }

  private boolean tryConsume(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!tryConsume(c)) {
      throw error("'" + c + "' expected");
    }
  }

  private void skipBlanks() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at column " + pos + " of: " + text);
  }
}
