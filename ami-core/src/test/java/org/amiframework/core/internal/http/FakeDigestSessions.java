package org.amiframework.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Digest side of {@link FakeHttpAsterisk}, after Asterisk's {@code auth_http_callback()}: the
 * session is keyed by its nonce; a wrong response gets a fresh challenge; a nonce count that does
 * not grow, or a nonce made stale, gets {@code 401} with {@code stale=true} and the session's new
 * nonce; an unknown but well-signed nonce opens a new session. Written apart from the client's
 * {@code DigestAuthenticator}, so each checks the other.
 */
final class FakeDigestSessions {

  /**
   * The result of checking one request.
   *
   * @param session the authenticated session, or null
   * @param challenge the WWW-Authenticate value to send with a 401, when session is null
   */
  record Outcome(FakeHttpSession session, String challenge) {}

  private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

  private final Map<String, FakeHttpSession> byNonce = new HashMap<>();
  private final Map<String, String> renewedTo = new HashMap<>();
  private int challenges;

  synchronized Outcome authenticate(String method, String authorization) {
    if (authorization == null || !authorization.startsWith("Digest ")) {
      return challenge(newNonce(), false);
    }
    Map<String, String> p = new HashMap<>();
    Matcher m = PARAM.matcher(authorization.substring(7));
    while (m.find()) {
      p.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    String secret = FakeManagerActions.SECRETS.get(p.get("username"));
    String nonce = p.get("nonce");
    if (secret == null || nonce == null) {
      return challenge(newNonce(), false);
    }
    String ha1 = md5(p.get("username") + ":amitest:" + secret);
    String ha2 = md5(method + ":" + p.get("uri"));
    String expected =
        md5(ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":auth:" + ha2);
    if (!expected.equals(p.get("response"))) {
      return challenge(newNonce(), false);
    }
    if (renewedTo.containsKey(nonce)) {
      return challenge(renewedTo.get(nonce), true);
    }
    long nc = Long.parseLong(p.get("nc"), 16);
    FakeHttpSession session = byNonce.get(nonce);
    if (session == null) {
      session = new FakeHttpSession(byNonce.size() + 1);
      session.user = p.get("username");
      byNonce.put(nonce, session);
    } else if (nc <= session.lastNonceCount) {
      return challenge(renew(nonce), true);
    }
    session.lastNonceCount = nc;
    return new Outcome(session, null);
  }

  /** Gives every session a new nonce: requests with the old one get 401 stale=true. */
  synchronized void renewAll() {
    for (String nonce : List.copyOf(byNonce.keySet())) {
      renew(nonce);
    }
  }

  synchronized List<FakeHttpSession> all() {
    return new ArrayList<>(byNonce.values());
  }

  synchronized void remove(FakeHttpSession session) {
    byNonce.values().remove(session);
  }

  synchronized void clear() {
    byNonce.values().forEach(FakeHttpSession::destroy);
    byNonce.clear();
    renewedTo.clear();
  }

  /** How many 401 challenges were sent. */
  synchronized int challenges() {
    return challenges;
  }

  private String renew(String nonce) {
    FakeHttpSession session = byNonce.remove(nonce);
    String next = newNonce();
    byNonce.put(next, session);
    session.lastNonceCount = 0;
    renewedTo.put(nonce, next);
    return next;
  }

  private Outcome challenge(String nonce, boolean stale) {
    challenges++;
    return new Outcome(
        null,
        "Digest algorithm=MD5, realm=\"amitest\", nonce=\""
            + nonce
            + "\", qop=\"auth\", opaque=\""
            + nonce
            + "\""
            + (stale ? ", stale=true" : ""));
  }

  private static String newNonce() {
    return String.format("%08x", ThreadLocalRandom.current().nextInt());
  }

  static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
