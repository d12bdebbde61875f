package org.amiframework.core.api;

import java.util.regex.Pattern;

/**
 * Lenient parsers for AMI header values. They never throw: a value that does not parse gives null,
 * and the raw text stays in the message, so an odd value never drops an event.
 */
public final class Values {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

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
    int digits =
        start < end && (s.charAt(start) == '-' || s.charAt(start) == '+') ? start + 1 : start;
    if (digits == end) {
      return null;
    }
    for (int i = digits; i < end; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null; // also keeps out the non-ASCII digits Long.parseLong would take
      }
    }
    try {
      return Long.parseLong(s, start, end, 10);
    } catch (NumberFormatException e) {
      return null; // out of range
    }
  }

  /**
   * Decimal number ({@code 12}, {@code -0.5}, {@code 1.5e3}; surrounding blanks ignored), or null.
   * Java's own extras ({@code NaN}, {@code Infinity}, hex, a {@code d} or {@code f} suffix) are not
   * numbers here.
   */
  public static Double parseDouble(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return DECIMAL.matcher(t).matches() ? Double.valueOf(t) : null;
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
