package org.amiframework.testkit.http;

import java.util.Locale;

/**
 * The URIs {@code __init_manager()} registers under the HTTP prefix when {@code webenabled = yes}
 * (§5.1), but the HTML ones ({@code /manager}, {@code /amanager}) meant for browsers, which the
 * fake does not serve.
 */
enum ManagerUri {
  /** AMI text, Login action and cookie. */
  RAWMAN(false, false),
  /** XML, Login action and cookie. */
  MXML(true, false),
  /** AMI text, HTTP Digest. */
  ARAWMAN(false, true),
  /** XML, HTTP Digest. */
  AMXML(true, true);

  private final boolean xml;
  private final boolean digest;

  ManagerUri(boolean xml, boolean digest) {
    this.xml = xml;
    this.digest = digest;
  }

  /** The URI's last segment: {@code rawman}, {@code mxml}, {@code arawman} or {@code amxml}. */
  String segment() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether replies are XML ({@code xml_translate()}) rather than AMI text. */
  boolean xml() {
    return xml;
  }

  /** Whether the URI is authenticated by HTTP Digest rather than by the Login action. */
  boolean digest() {
    return digest;
  }

  /** The reply's {@code Content-type}. */
  String contentType() {
    return xml ? "text/xml" : "text/plain";
  }

  /**
   * The URI a request path names under {@code prefix} (no slashes at its ends, or empty), or null.
   */
  static ManagerUri of(String path, String prefix) {
    String base = prefix.isEmpty() ? "/" : "/" + prefix + "/";
    if (!path.startsWith(base)) {
      return null;
    }
    String segment = path.substring(base.length());
    for (ManagerUri uri : values()) {
      if (uri.segment().equals(segment)) {
        return uri;
      }
    }
    return null;
  }
}
