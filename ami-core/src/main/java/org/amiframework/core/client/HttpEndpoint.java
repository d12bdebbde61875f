package org.amiframework.core.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to reach the manager interface over Asterisk's HTTP server instead of the AMI TCP port, and
 * how: one of the four URIs Asterisk registers when {@code webenabled = yes} in manager.conf (under
 * the {@code prefix} of http.conf, if one is set).
 *
 * <table>
 *   <caption>The supported URIs</caption>
 *   <tr><th>path</th><th>body</th><th>authentication</th></tr>
 *   <tr><td>{@code /rawman}</td><td>AMI text</td><td>Login action, {@code mansession_id}
 *       cookie</td></tr>
 *   <tr><td>{@code /mxml}</td><td>XML</td><td>Login action, {@code mansession_id} cookie</td></tr>
 *   <tr><td>{@code /arawman}</td><td>AMI text</td><td>HTTP Digest, no Login action</td></tr>
 *   <tr><td>{@code /amxml}</td><td>XML</td><td>HTTP Digest, no Login action</td></tr>
 * </table>
 *
 * <p>The HTML URIs {@code /manager} and {@code /amanager} are meant for a browser and are refused.
 * Set one on a client with {@link AmiClientConfig.Builder#httpEndpoint(String)}:
 *
 * <pre>{@code
 * AmiClientConfig.builder()
 *     .httpEndpoint("https://pbx.example.org:8089/rawman")
 *     .username("app").secret(secret)
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class HttpEndpoint {

  /** Asterisk's default {@code httptimeout} (manager.conf {@code [general]}), in seconds. */
  public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

  /** The body format of the replies. */
  public enum Format {
    /** {@code text/plain}: the exact AMI text, as on the TCP port but without a greeting. */
    TEXT,
    /**
     * {@code text/xml}: one element per message. Asterisk lower-cases header names and trims
     * values, so some of the original text cannot be recovered (see the client's documentation).
     */
    XML
  }

  /** How the client proves who it is. */
  public enum Authentication {
    /** A {@code Login} action whose session Asterisk keeps in the {@code mansession_id} cookie. */
    LOGIN_ACTION,
    /** HTTP Digest (MD5, qop=auth) on every request; the session is keyed by the nonce. */
    DIGEST
  }

  /** How each action travels to the server. */
  public enum RequestMethod {
    /**
     * In the body of a POST, {@code application/x-www-form-urlencoded}: the default, because then
     * no parameter (the Login secret above all) ends up in a URL, where proxies and access logs
     * keep it.
     */
    POST,
    /** In the query string of a GET, as in Asterisk's own examples. */
    GET
  }

  private final URI uri;
  private final Format format;
  private final Authentication authentication;
  private final Duration sessionTimeout;
  private final RequestMethod requestMethod;

  private HttpEndpoint(
      URI uri,
      Format format,
      Authentication authentication,
      Duration sessionTimeout,
      RequestMethod requestMethod) {
    this.uri = uri;
    this.format = format;
    this.authentication = authentication;
    this.sessionTimeout = sessionTimeout;
    this.requestMethod = requestMethod;
  }

  /**
   * Parses a URL such as {@code http://pbx:8088/rawman} or {@code https://pbx:8089/asterisk/amxml}.
   * The format and authentication follow from the last path segment; a URL without a port uses the
   * scheme's default (80 or 443), as any HTTP URL does.
   *
   * @throws IllegalArgumentException naming what is wrong with the URL
   */
  public static HttpEndpoint parse(String url) {
    Objects.requireNonNull(url, "url");
    try {
      return of(new URI(url));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid AMI HTTP URL: " + e.getMessage(), e);
    }
  }

  /** Like {@link #parse(String)}, from a URI. */
  public static HttpEndpoint of(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(uri, "the scheme must be http or https");
    }
    if (uri.getHost() == null) {
      throw invalid(uri, "it names no host");
    }
    if (uri.getRawUserInfo() != null) {
      // A secret in the URL would end up in logs and toString(); credentials have their own fields.
      throw new IllegalArgumentException(
          "AMI HTTP URL must not carry user information; set username() and secret() instead");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw invalid(uri, "it must not have a query or fragment: actions are added per request");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    Format format;
    Authentication auth;
    switch (last) {
      case "rawman" -> {
        format = Format.TEXT;
        auth = Authentication.LOGIN_ACTION;
      }
      case "mxml" -> {
        format = Format.XML;
        auth = Authentication.LOGIN_ACTION;
      }
      case "arawman" -> {
        format = Format.TEXT;
        auth = Authentication.DIGEST;
      }
      case "amxml" -> {
        format = Format.XML;
        auth = Authentication.DIGEST;
      }
      case "manager", "amanager" ->
          throw invalid(uri, "/" + last + " returns HTML for a browser; use /rawman or /mxml");
      default ->
          throw invalid(
              uri, "the path must end in /rawman, /mxml, /arawman or /amxml, not '" + path + "'");
    }
    URI normalized =
        URI.create(
            scheme + "://" + uri.getRawAuthority() + (path.startsWith("/") ? "" : "/") + path);
    return new HttpEndpoint(normalized, format, auth, DEFAULT_SESSION_TIMEOUT, RequestMethod.POST);
  }

  private static IllegalArgumentException invalid(URI uri, String why) {
    return new IllegalArgumentException("not an AMI HTTP URL: " + uri + ": " + why);
  }

  /**
   * A copy with the server's {@code httptimeout}: how long Asterisk keeps an idle session. The
   * client keeps its session alive within it and bounds each {@code WaitEvent} by it (Asterisk
   * waits at most {@code httptimeout - 10} seconds). Over {@link Authentication#LOGIN_ACTION} the
   * client learns it from the cookie's {@code Max-Age}; over Digest, which sets no cookie, this
   * value is used. Default 60 s; at least 1 s.
   */
  public HttpEndpoint withSessionTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("sessionTimeout must be at least 1 s: " + timeout);
    }
    return new HttpEndpoint(uri, format, authentication, timeout, requestMethod);
  }

  /** A copy that sends actions with this method; see {@link RequestMethod}. */
  public HttpEndpoint withRequestMethod(RequestMethod method) {
    return new HttpEndpoint(
        uri, format, authentication, sessionTimeout, Objects.requireNonNull(method, "method"));
  }

  /** The endpoint's URL, without query. */
  public URI uri() {
    return uri;
  }

  /** Whether the URL is https. */
  public boolean secure() {
    return uri.getScheme().equals("https");
  }

  /** The host of the URL. */
  public String host() {
    return uri.getHost();
  }

  /** The port of the URL, or the scheme's default (80, 443). */
  public int port() {
    return uri.getPort() > 0 ? uri.getPort() : (secure() ? 443 : 80);
  }

  /** The reply format. */
  public Format format() {
    return format;
  }

  /** How the client authenticates. */
  public Authentication authentication() {
    return authentication;
  }

  /** The server's {@code httptimeout} as configured here; see {@link #withSessionTimeout}. */
  public Duration sessionTimeout() {
    return sessionTimeout;
  }

  /** How actions are sent (POST unless changed). */
  public RequestMethod requestMethod() {
    return requestMethod;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpEndpoint e
        && e.uri.equals(uri)
        && e.sessionTimeout.equals(sessionTimeout)
        && e.requestMethod == requestMethod;
  }

  @Override
  public int hashCode() {
    return Objects.hash(uri, sessionTimeout, requestMethod);
  }

  /** The URL. */
  @Override
  public String toString() {
    return uri.toString();
  }
}
