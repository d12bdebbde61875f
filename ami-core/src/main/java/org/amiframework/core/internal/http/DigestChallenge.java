package org.amiframework.core.internal.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code WWW-Authenticate: Digest ...} challenge (RFC 7616, RFC 2617), as Asterisk sends it:
 * {@code Digest algorithm=MD5, realm="amitest", nonce="5e642503", qop="auth", opaque="5e642503"},
 * with {@code , stale=true} when only the nonce expired and the credentials were right.
 *
 * @param realm the protection space (Asterisk: its {@code systemname}, or {@code asterisk})
 * @param nonce the server's nonce
 * @param opaque echoed back unchanged, or null
 * @param algorithm {@code MD5} when absent
 * @param qop the offered quality-of-protection values, lower case; empty for RFC 2069
 * @param stale whether the previous request failed only because its nonce was stale
 */
record DigestChallenge(
    String realm, String nonce, String opaque, String algorithm, List<String> qop, boolean stale) {

  /** Makes qop unmodifiable. */
  DigestChallenge {
    qop = List.copyOf(qop);
  }

  /**
   * The Digest challenge among the {@code WWW-Authenticate} values of a 401 reply.
   *
   * @throws IllegalArgumentException when none is a usable Digest challenge, naming why
   */
  static DigestChallenge fromHeaders(List<String> wwwAuthenticate) {
    IllegalArgumentException last = null;
    for (String value : wwwAuthenticate) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        last = e;
      }
    }
    throw last != null
        ? last
        : new IllegalArgumentException("401 without a WWW-Authenticate challenge");
  }

  /**
   * Parses one header value.
   *
   * @throws IllegalArgumentException if it is not a Digest challenge with a realm and a nonce
   */
  static DigestChallenge parse(String header) {
    String text = header.strip();
    int space = text.indexOf(' ');
    String scheme = space < 0 ? text : text.substring(0, space);
    if (!scheme.equalsIgnoreCase("Digest")) {
      throw new IllegalArgumentException("not a Digest challenge: " + scheme);
    }
    Map<String, String> params = params(text.substring(space + 1));
    String realm = params.get("realm");
    String nonce = params.get("nonce");
    if (realm == null || nonce == null) {
      throw new IllegalArgumentException("Digest challenge without realm or nonce: " + header);
    }
    List<String> qop = new ArrayList<>();
    for (String q : params.getOrDefault("qop", "").split(",")) {
      if (!q.isBlank()) {
        qop.add(q.strip().toLowerCase(Locale.ROOT));
      }
    }
    return new DigestChallenge(
        realm,
        nonce,
        params.get("opaque"),
        params.getOrDefault("algorithm", "MD5"),
        qop,
        "true".equalsIgnoreCase(params.get("stale")));
  }

  /** The comma-separated {@code name=token} and {@code name="quoted"} pairs; names lower case. */
  private static Map<String, String> params(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
        i++;
      }
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      i = eq + 1;
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      StringBuilder value = new StringBuilder();
      boolean quoted = i < n && text.charAt(i) == '"';
      if (quoted) {
        i++;
        while (i < n && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(text.charAt(i++));
        }
        i++; // closing quote
      } else {
        while (i < n && text.charAt(i) != ',') {
          value.append(text.charAt(i++));
        }
      }
      out.put(name, quoted ? value.toString() : value.toString().strip());
    }
    return out;
  }
}
