package org.amiframework.testkit.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.internal.AmiServer;
import org.amiframework.testkit.internal.HttpManagerSession;
import org.amiframework.testkit.internal.UserRegistry;

/**
 * HTTP Digest for {@code /arawman} and {@code /amxml}, as {@code auth_http_callback()} checks it
 * (§5.2): MD5 with {@code qop=auth} (RFC 2617) or without qop (RFC 2069) against the users' secrets
 * in the realm ({@code systemname}, or {@code asterisk}). The session is keyed by user and nonce
 * and is authenticated from its first request, so no Login is used. A request with a nonce nobody
 * holds but a valid response opens a new session; one whose nonce count does not grow, or whose
 * nonce is older than a minute, gets {@code 401} with {@code stale=true} and a new nonce, which the
 * session keeps (its old nonce then gets the same answer). Nonces are 8 hex digits, and the server
 * does not remember the ones it only offered: like Asterisk, it trusts any nonce whose response is
 * right.
 */
final class DigestSessions {

  /**
   * What one request gets.
   *
   * @param session the authenticated session, or null
   * @param challenge the {@code WWW-authenticate} value of the 401 to send when session is null
   */
  record Outcome(HttpManagerSession session, String challenge) {}

  private static final long NONCE_LIFETIME_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final Pattern PARAM =
      Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^,\\s]*))");

  /** One session and its nonce bookkeeping ({@code managerid}, {@code oldnonce}, {@code nc}). */
  private static final class Keyed {
    final String user;
    final HttpManagerSession session;
    long nonce;
    long oldNonce = -1;
    long nonceCount;
    long nonceTime = System.nanoTime();

    Keyed(String user, HttpManagerSession session, long nonce) {
      this.user = user;
      this.session = session;
      this.nonce = nonce;
    }
  }

  private final AmiServer server;
  private final HttpSettings settings;
  private final String realm;
  private final List<Keyed> sessions = new ArrayList<>();

  DigestSessions(AmiServer server, HttpSettings settings) {
    this.server = server;
    this.settings = settings;
    String systemName = server.settings().systemName();
    this.realm = systemName == null ? "asterisk" : systemName;
  }

  /** Checks a request's {@code Authorization} header; {@code method} is GET, HEAD or POST. */
  synchronized Outcome authenticate(String method, String authorization) {
    purge();
    Map<String, String> digest = parse(authorization);
    Long nonce = hex(digest.get("nonce"));
    FakeUser user = server.users().find(digest.get("username"));
    if (nonce == null
        || user == null
        || digest.get("uri") == null
        || !signed(user, nonce, method, digest)) {
      return challenge(randomNonce(), false);
    }
    Keyed keyed = find(user.name(), nonce);
    if (keyed == null) {
      HttpManagerSession session = server.openHttpSession(settings.httpTimeout());
      session.authenticate(user);
      keyed = new Keyed(user.name(), session, nonce);
      sessions.add(keyed);
    } else if (keyed.nonce != nonce) {
      return challenge(keyed.nonce, true); // an old request with the nonce before the renewal
    }
    Long count = hex(digest.get("nc"));
    long now = System.nanoTime();
    if ((count != null && keyed.nonceCount >= count)
        || now - keyed.nonceTime > NONCE_LIFETIME_NANOS) {
      keyed.nonceCount = 0;
      keyed.oldNonce = keyed.nonce;
      keyed.nonce = randomNonce();
      keyed.nonceTime = now;
      return challenge(keyed.nonce, true);
    }
    keyed.nonceCount = count == null ? keyed.nonceCount : count;
    return new Outcome(keyed.session, null);
  }

  /** Whether the response is the one the user's secret gives, as Asterisk computes it. */
  private boolean signed(FakeUser user, long nonce, String method, Map<String, String> digest) {
    String response = digest.get("response");
    if (response == null || response.length() < 32) {
      return false;
    }
    String a1 = md5(user.name() + ":" + realm + ":" + user.secret());
    String a2 = md5(method + ":" + digest.get("uri"));
    String nonceText = String.format("%08x", nonce);
    String expected =
        digest.get("qop") == null
            ? md5(a1 + ":" + nonceText + ":" + a2)
            : md5(
                a1
                    + ":"
                    + nonceText
                    + ":"
                    + digest.get("nc")
                    + ":"
                    + digest.get("cnonce")
                    + ":auth:"
                    + a2);
    return response.substring(0, 32).equalsIgnoreCase(expected);
  }

  private Keyed find(String user, long nonce) {
    for (Keyed keyed : sessions) {
      if (keyed.user.equalsIgnoreCase(user) && (keyed.nonce == nonce || keyed.oldNonce == nonce)) {
        return keyed;
      }
    }
    return null;
  }

  private void purge() {
    for (Iterator<Keyed> it = sessions.iterator(); it.hasNext(); ) {
      Keyed keyed = it.next();
      if (keyed.session.isExpired()) {
        keyed.session.drop();
        it.remove();
      }
    }
  }

  private Outcome challenge(long nonce, boolean stale) {
    String value =
        String.format(
            "Digest algorithm=MD5, realm=\"%s\", nonce=\"%08x\", qop=\"auth\", opaque=\"%08x\"%s",
            realm, nonce, nonce, stale ? ", stale=true" : "");
    return new Outcome(null, value);
  }

  /** The parameters of a {@code Digest} credentials header; empty when there are none. */
  private static Map<String, String> parse(String authorization) {
    Map<String, String> params = new HashMap<>();
    if (authorization == null || !authorization.regionMatches(true, 0, "Digest ", 0, 7)) {
      return params;
    }
    Matcher m = PARAM.matcher(authorization.substring(7));
    while (m.find()) {
      params.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return params;
  }

  /** {@code sscanf("%30lx")}: a hex number, or null. */
  private static Long hex(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseUnsignedLong(text.strip(), 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static long randomNonce() {
    return ThreadLocalRandom.current().nextInt() & 0xffffffffL;
  }

  /** Lower-case hex MD5 of the text ({@code md5Key} hashes the concatenation of its arguments). */
  private static String md5(String text) {
    return UserRegistry.md5Key(text, "");
  }
}
