package org.amiframework.core.api;

/**
 * Lenient parsers for AMI header values. They never throw: a value that does not parse gives null,
 * and the raw text stays in the message, so an odd value never drops an event.
 */
public final class Values {

  private Values() {}

  /** Decimal int, or null. */
  public static Integer parseInt(String s) {
    Long l = parseLong(s);
    return l == null || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE ? null : l.intValue();
  }

  /** Decimal long (optionally signed, surrounding blanks ignored), or null. */
  public static Long parseLong(String s) {
    if (s == null) {
      return null;
    }
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (start == end || end - start > 19) {
      return null;
    }
    boolean negative = false;
    char first = s.charAt(start);
    if (first == '-' || first == '+') {
      negative = first == '-';
      start++;
      if (start == end) {
        return null;
      }
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      value = value * 10 + (c - '0');
      if (value < 0) {
        return null;
      }
    }
    return negative ? -value : value;
  }

  /** Decimal number, or null. */
  public static Double parseDouble(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Asterisk's truth values ({@code ast_true}/{@code ast_false}): yes, true, y, t, 1, on / no,
   * false, n, f, 0, off; case-insensitive. Anything else gives null.
   */
  public static Boolean parseBoolean(String s) {
    if (s == null) {
      return null;
    }
    switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "yes", "true", "y", "t", "1", "on":
        return Boolean.TRUE;
      case "no", "false", "n", "f", "0", "off":
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
