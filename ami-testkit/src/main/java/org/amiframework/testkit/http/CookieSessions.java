package org.amiframework.testkit.http;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.amiframework.testkit.internal.AmiServer;
import org.amiframework.testkit.internal.HttpManagerSession;

/**
 * The sessions of {@code /rawman} and {@code /mxml}, found by the {@code mansession_id} cookie
 * (§5.2): a request whose cookie names no live session gets a new one, with a new random 32-bit id,
 * unauthenticated. Expired and ended sessions are purged on each lookup, as Asterisk's {@code
 * purge_sessions()} does in the background.
 */
final class CookieSessions {

  /** The cookie's name. */
  static final String COOKIE = "mansession_id";

  /**
   * A session and the id its cookie carries.
   *
   * @param id the {@code mansession_id}, written {@code %08x}
   * @param session the session
   */
  record Cookied(int id, HttpManagerSession session) {

    /** The {@code Set-Cookie} value every reply carries. */
    String setCookie(long maxAgeSeconds) {
      return String.format("%s=\"%08x\"; Version=1; Max-Age=%d", COOKIE, id, maxAgeSeconds);
    }
  }

  private final AmiServer server;
  private final HttpSettings settings;
  private final Map<Integer, HttpManagerSession> byId = new HashMap<>();

  CookieSessions(AmiServer server, HttpSettings settings) {
    this.server = server;
    this.settings = settings;
  }

  /** The session the {@code Cookie} header names, or a new one. */
  synchronized Cookied find(String cookieHeader) {
    purge();
    Integer id = idIn(cookieHeader);
    HttpManagerSession known = id == null ? null : byId.get(id);
    if (known != null) {
      return new Cookied(id, known);
    }
    int fresh;
    do {
      fresh = ThreadLocalRandom.current().nextInt();
    } while (fresh == 0 || byId.containsKey(fresh));
    HttpManagerSession created = server.openHttpSession(settings.httpTimeout());
    byId.put(fresh, created);
    return new Cookied(fresh, created);
  }

  private void purge() {
    for (Iterator<HttpManagerSession> it = byId.values().iterator(); it.hasNext(); ) {
      HttpManagerSession session = it.next();
      if (session.isExpired()) {
        session.drop();
        it.remove();
      }
    }
  }

  /** The hex id of the {@code mansession_id} cookie, as {@code ast_http_manid_from_vars()}. */
  private static Integer idIn(String cookieHeader) {
    if (cookieHeader == null) {
      return null;
    }
    for (String cookie : cookieHeader.split(";")) {
      int eq = cookie.indexOf('=');
      if (eq > 0 && cookie.substring(0, eq).strip().equals(COOKIE)) {
        String value = cookie.substring(eq + 1).strip().replace("\"", "");
        try {
          return Integer.parseUnsignedInt(value, 16);
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }
}
