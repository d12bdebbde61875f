package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.List;

/**
 * The {@code mansession_id} cookie that keys an Asterisk HTTP manager session, as every reply of
 * {@code /rawman} and {@code /mxml} sets it: {@code Set-Cookie: mansession_id="48347daf";
 * Version=1; Max-Age=60}. Its {@code Max-Age} is the server's {@code httptimeout}: an idle session
 * lives that long after each request. A reply with a different id than the one sent means the
 * session was gone (expired, logged off, server restarted) and Asterisk started a new,
 * unauthenticated one.
 *
 * @param id the session id, without quotes
 * @param maxAge the lifetime the server announced, or null when it gave none
 */
record SessionCookie(String id, Duration maxAge) {

  /** The cookie's name. */
  static final String NAME = "mansession_id";

  /** The session cookie among a reply's {@code Set-Cookie} values, or null if it sets none. */
  static SessionCookie fromSetCookie(List<String> setCookieValues) {
    for (String value : setCookieValues) {
      SessionCookie cookie = parse(value);
      if (cookie != null) {
        return cookie;
      }
    }
    return null;
  }

  /** Parses one {@code Set-Cookie} value; null when it is another cookie or has no value. */
  static SessionCookie parse(String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    if (eq < 0 || !parts[0].substring(0, eq).strip().equalsIgnoreCase(NAME)) {
      return null;
    }
    String id = unquote(parts[0].substring(eq + 1).strip());
    if (id.isEmpty()) {
      return null;
    }
    Duration maxAge = null;
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].strip();
      if (attribute.regionMatches(true, 0, "Max-Age=", 0, 8)) {
        try {
          maxAge = Duration.ofSeconds(Long.parseLong(unquote(attribute.substring(8).strip())));
        } catch (NumberFormatException e) {
          maxAge = null; // an unreadable lifetime is as good as none: the configured one is used
        }
      }
    }
    return new SessionCookie(id, maxAge);
  }

  /** The value of the {@code Cookie} request header that presents this session. */
  String requestHeader() {
    return NAME + "=\"" + id + "\"";
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
