package org.amiframework.core.internal.http;

/**
 * Reads one {@code <response ...><generic name='value' ... /></response>} element of Asterisk's XML
 * format: the attributes of the inner element, in order, with entities resolved. Tolerant of what
 * Asterisk leaves unescaped (control characters, any byte in a value) since values are delimited
 * only by their quote, which Asterisk always escapes. One parser per element; not thread-safe.
 */
final class MxmlElementParser {

  /** One attribute, its value unescaped. */
  record Attribute(String name, String value) {}

  private final String text;
  private int pos;
  private String error;
  private boolean done;

  MxmlElementParser(String text) {
    this.text = text;
  }

  /**
   * Moves past the {@code <response ...>} start tag and the start of the inner element.
   *
   * @return false when the text holds no {@code <response}
   */
  boolean skipToResponse() {
    int start = text.indexOf("<response");
    if (start < 0) {
      return false;
    }
    int close = text.indexOf('>', start);
    int inner = close < 0 ? -1 : text.indexOf('<', close);
    if (inner < 0) {
      fail("no element inside <response>");
      return true;
    }
    pos = inner + 1;
    while (pos < text.length() && !isBlank(text.charAt(pos)) && !isTagEnd(text.charAt(pos))) {
      pos++; // the element name: generic, or the request's ajaxobjtype
    }
    return true;
  }

  /** The next attribute, or null at the end of the inner element or after an error. */
  Attribute nextAttribute() {
    if (done || error != null) {
      return null;
    }
    skipBlanks();
    if (pos >= text.length()) {
      return fail("element not closed");
    }
    if (isTagEnd(text.charAt(pos))) {
      done = true;
      return null;
    }
    int nameStart = pos;
    while (pos < text.length() && text.charAt(pos) != '=' && !isBlank(text.charAt(pos))) {
      pos++;
    }
    String name = text.substring(nameStart, pos);
    skipBlanks();
    if (pos >= text.length() || text.charAt(pos) != '=') {
      return fail("attribute '" + name + "' has no value");
    }
    pos++;
    skipBlanks();
    char quote = pos < text.length() ? text.charAt(pos) : 0;
    if (quote != '\'' && quote != '"') {
      return fail("value of '" + name + "' is not quoted");
    }
    int valueEnd = text.indexOf(quote, pos + 1);
    if (valueEnd < 0) {
      return fail("value of '" + name + "' is not closed");
    }
    String value = unescape(text, pos + 1, valueEnd);
    pos = valueEnd + 1;
    return new Attribute(name, value);
  }

  /** What went wrong, or null. */
  String error() {
    return error;
  }

  private Attribute fail(String why) {
    error = why;
    return null;
  }

  private void skipBlanks() {
    while (pos < text.length() && isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isTagEnd(char c) {
    return c == '/' || c == '>';
  }

  /** Resolves the five XML entities and numeric references; anything else stays as written. */
  static String unescape(String s, int from, int to) {
    int amp = s.indexOf('&', from);
    if (amp < 0 || amp >= to) {
      return s.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      String resolved = semi > i && semi < to ? entity(s.substring(i + 1, semi)) : null;
      if (resolved == null) {
        out.append(c);
        i++;
      } else {
        out.append(resolved);
        i = semi + 1;
      }
    }
    return out.toString();
  }

  private static String entity(String name) {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
