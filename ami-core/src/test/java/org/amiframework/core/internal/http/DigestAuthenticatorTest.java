package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigestAuthenticatorTest {

  @Test
  void rfc2617Example() {
    DigestAuthenticator digest =
        new DigestAuthenticator("Mufasa", "Circle Of Life", () -> "0a4f113b");
    digest.accept(
        DigestChallenge.parse(
            "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));
    String header = digest.authorize("GET", "/dir/index.html");
    assertEquals("6629fae49393a05397450978507c4ef1", param(header, "response"));
    assertEquals("5ccc069c403ebaf9f0171e9517f40e41", param(header, "opaque"));
    assertEquals("auth", param(header, "qop"));
  }

  @Test
  void rfc7616Md5Example() {
    DigestAuthenticator digest =
        new DigestAuthenticator(
            "Mufasa", "Circle of Life", () -> "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
    digest.accept(
        DigestChallenge.parse(
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5,"
                + " nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
                + " opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""));
    String header = digest.authorize("GET", "/dir/index.html");
    assertEquals("8ca523f5e9506fed4657c9700eebdbec", param(header, "response"));
  }

  @Test
  void countsRequestsPerNonceAndRestartsWithANewOne() {
    DigestAuthenticator digest = new DigestAuthenticator("admin", "adminpw", () -> "0a4f113b");
    assertFalse(digest.hasChallenge());
    assertThrows(IllegalStateException.class, () -> digest.authorize("GET", "/amxml"));
    digest.accept(challenge("33c7961b", false));
    String first = digest.authorize("GET", "/amxml?action=CoreStatus");
    String second = digest.authorize("GET", "/amxml?action=CoreStatus");
    assertEquals("00000001", param(first, "nc"));
    assertEquals("00000002", param(second, "nc"));
    // Independently computed (python3 hashlib) for the capture 31 challenge.
    assertEquals("6fb1e7104f3a8261f82cb4ba55061456", param(first, "response"));
    assertEquals("387a20fb4f0d3ebb89a5c9caa983f58f", param(second, "response"));
    digest.accept(challenge("7a7a7a7a", true));
    String renewed = digest.authorize("POST", "/amxml");
    assertEquals("00000001", param(renewed, "nc"));
    assertEquals("7a7a7a7a", param(renewed, "nonce"));
    assertEquals("/amxml", param(renewed, "uri"));
  }

  @Test
  void postSignsThePathOnly() {
    DigestAuthenticator digest = new DigestAuthenticator("admin", "adminpw", () -> "0a4f113b");
    digest.accept(challenge("5e642503", false));
    assertEquals(
        "1e890d7fce56e09a8f31e569418b10e7",
        param(digest.authorize("POST", "/arawman"), "response"));
  }

  @Test
  void withoutQopAnswersAsRfc2069() {
    DigestAuthenticator digest = new DigestAuthenticator("admin", "adminpw", () -> "unused");
    digest.accept(DigestChallenge.parse("Digest realm=\"asterisk\", nonce=\"0000abcd\""));
    String header = digest.authorize("GET", "/arawman?action=Ping");
    String ha1 = DigestAuthenticator.md5Hex("admin:asterisk:adminpw");
    String ha2 = DigestAuthenticator.md5Hex("GET:/arawman?action=Ping");
    assertEquals(DigestAuthenticator.md5Hex(ha1 + ":0000abcd:" + ha2), param(header, "response"));
    assertFalse(header.contains("nc="), header);
    assertFalse(header.contains("cnonce"), header);
  }

  @Test
  void refusesWhatItCannotAnswer() {
    DigestAuthenticator digest = new DigestAuthenticator("admin", "adminpw");
    IllegalArgumentException sha =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                digest.accept(
                    DigestChallenge.parse(
                        "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256, qop=\"auth\"")));
    assertTrue(sha.getMessage().contains("SHA-512-256"), sha.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            digest.accept(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", qop=auth-int")));
    assertThrows(IllegalArgumentException.class, () -> DigestChallenge.parse("Basic realm=\"r\""));
    assertThrows(IllegalArgumentException.class, () -> DigestChallenge.parse("Digest realm=\"r\""));
  }

  @Test
  void challengeParsingHandlesStaleQuotesAndSeveralHeaders() {
    DigestChallenge c =
        DigestChallenge.fromHeaders(
            List.of(
                "Basic realm=\"x\"",
                "Digest algorithm=MD5, realm=\"a, \\\"quoted\\\" realm\", nonce=\"1234abcd\","
                    + " qop=\"auth\", opaque=\"1234abcd\", stale=true"));
    assertEquals("a, \"quoted\" realm", c.realm());
    assertEquals("1234abcd", c.nonce());
    assertTrue(c.stale());
    assertEquals(List.of("auth"), c.qop());
  }

  @Test
  void neverShowsTheSecret() {
    DigestAuthenticator digest = new DigestAuthenticator("admin", "s3cr3t-value");
    digest.accept(challenge("5e642503", false));
    assertFalse(digest.toString().contains("s3cr3t"), digest.toString());
    assertFalse(digest.authorize("GET", "/arawman").contains("s3cr3t"));
  }

  private static DigestChallenge challenge(String nonce, boolean stale) {
    return DigestChallenge.parse(
        "Digest algorithm=MD5, realm=\"amitest\", nonce=\""
            + nonce
            + "\", qop=\"auth\", opaque=\""
            + nonce
            + "\""
            + (stale ? ", stale=true" : ""));
  }

  static String param(String header, String name) {
    Matcher m = Pattern.compile("[ ,]" + name + "=(\"([^\"]*)\"|([^,]*))").matcher(header);
    assertTrue(m.find(), name + " missing from " + header);
    return m.group(2) != null ? m.group(2) : m.group(3);
  }
}
