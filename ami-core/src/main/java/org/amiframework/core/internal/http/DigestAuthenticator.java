package org.amiframework.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The part of HTTP Digest authentication the JDK's {@code java.net.http.HttpClient} lacks: it
 * answers a {@link DigestChallenge} with an {@code Authorization} header, as Asterisk's {@code
 * auth_http_callback()} checks it (RFC 2617 with {@code qop=auth}, or RFC 2069 without qop; MD5).
 *
 * <p>After the first challenge every request is authorized up front with the same nonce and a
 * growing nonce count ({@code nc}), so a session costs one 401 and not one per request. Asterisk
 * renews the nonce after about a minute, or when a count does not grow, by answering 401 with
 * {@code stale=true}; the caller then passes the new challenge to {@link #accept} and repeats the
 * request. Thread-safe. The secret and the computed hashes never appear in {@code toString()} or in
 * an exception.
 */
final class DigestAuthenticator {

  private static final HexFormat HEX = HexFormat.of();

  private final String username;
  private final String secret;
  private final Supplier<String> cnonces;

  private DigestChallenge challenge;
  private String ha1;
  private long nonceCount;

  /** For these credentials, with random client nonces. */
  DigestAuthenticator(String username, String secret) {
    this(username, secret, randomCnonces());
  }

  /** For these credentials and client nonces (fixed ones make responses reproducible in tests). */
  DigestAuthenticator(String username, String secret, Supplier<String> cnonces) {
    this.username = Objects.requireNonNull(username, "username");
    this.secret = Objects.requireNonNull(secret, "secret");
    this.cnonces = Objects.requireNonNull(cnonces, "cnonces");
  }

  /**
   * Takes a new challenge: its nonce is used from now on, counting from 1.
   *
   * @throws IllegalArgumentException when it asks for what Asterisk never does and this client
   *     cannot answer (an algorithm other than MD5, or only {@code qop=auth-int})
   */
  synchronized void accept(DigestChallenge next) {
    if (!next.algorithm().equalsIgnoreCase("MD5")) {
      throw new IllegalArgumentException(
          "unsupported Digest algorithm " + next.algorithm() + " (only MD5 is supported)");
    }
    if (!next.qop().isEmpty() && !next.qop().contains("auth")) {
      throw new IllegalArgumentException("unsupported Digest qop " + next.qop());
    }
    challenge = next;
    ha1 = md5Hex(username + ":" + next.realm() + ":" + secret);
    nonceCount = 0;
  }

  /** Whether a challenge has been accepted, so requests can be authorized up front. */
  synchronized boolean hasChallenge() {
    return challenge != null;
  }

  /** The nonce in use, or null; for diagnostics (a nonce is not a secret). */
  synchronized String nonce() {
    return challenge == null ? null : challenge.nonce();
  }

  /**
   * The {@code Authorization} header value for one request, counting it.
   *
   * @param method {@code GET} or {@code POST}
   * @param uri the request target exactly as sent: path and, for a GET, the query
   * @throws IllegalStateException before the first challenge
   */
  synchronized String authorize(String method, String uri) {
    if (challenge == null) {
      throw new IllegalStateException("no Digest challenge received yet");
    }
    String ha2 = md5Hex(method + ":" + uri);
    StringBuilder header =
        new StringBuilder(256)
            .append("Digest username=\"")
            .append(quote(username))
            .append("\", realm=\"")
            .append(quote(challenge.realm()))
            .append("\", nonce=\"")
            .append(quote(challenge.nonce()))
            .append("\", uri=\"")
            .append(quote(uri))
            .append("\", algorithm=MD5");
    if (challenge.qop().isEmpty()) {
      header
          .append(", response=\"")
          .append(md5Hex(ha1 + ":" + challenge.nonce() + ":" + ha2))
          .append('"');
    } else {
      String nc = String.format("%08x", ++nonceCount);
      String cnonce = cnonces.get();
      header
          .append(", qop=auth, nc=")
          .append(nc)
          .append(", cnonce=\"")
          .append(quote(cnonce))
          .append("\", response=\"")
          .append(response(ha1, challenge.nonce(), nc, cnonce, ha2))
          .append('"');
    }
    if (challenge.opaque() != null) {
      header.append(", opaque=\"").append(quote(challenge.opaque())).append('"');
    }
    return header.toString();
  }

  /** RFC 2617 {@code request-digest} for {@code qop=auth}: MD5(HA1:nonce:nc:cnonce:auth:HA2). */
  static String response(String ha1, String nonce, String nc, String cnonce, String ha2) {
    return md5Hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
  }

  /** Lower-case hex MD5 of the UTF-8 bytes of {@code text}. */
  static String md5Hex(String text) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HEX.formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide MD5", e);
    }
  }

  private static String quote(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static Supplier<String> randomCnonces() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] bytes = new byte[8];
      random.nextBytes(bytes);
      return HEX.formatHex(bytes);
    };
  }

  @Override
  public String toString() {
    return "DigestAuthenticator{user=" + username + ", nonce=" + nonce() + "}";
  }
}
