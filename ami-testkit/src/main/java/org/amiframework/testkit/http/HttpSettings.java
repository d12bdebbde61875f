package org.amiframework.testkit.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the fake's HTTP server is configured, as {@code http.conf} and {@code manager.conf} configure
 * Asterisk's: the URI {@code prefix} the manager's URIs sit under, and the {@code httptimeout} an
 * idle manager session lives.
 *
 * @param prefix the http.conf {@code prefix} without slashes ({@code "asterisk"} serves {@code
 *     /asterisk/rawman}); empty for none, Asterisk's default
 * @param httpTimeout manager.conf {@code httptimeout}, whole seconds, at least 1 (default 60); it
 *     is also the cookie's {@code Max-Age}, and a {@code WaitEvent} waits at most 10 s less
 */
public record HttpSettings(String prefix, Duration httpTimeout) {

  /** Asterisk's defaults: no prefix, {@code httptimeout = 60}. */
  public static final HttpSettings DEFAULTS = new HttpSettings("", Duration.ofSeconds(60));

  /** Validates. */
  public HttpSettings {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(httpTimeout, "httpTimeout");
    if (!prefix.matches("[A-Za-z0-9._~-]*(/[A-Za-z0-9._~-]+)*")) {
      throw new IllegalArgumentException(
          "http prefix must be path segments without leading or trailing '/': '" + prefix + "'");
    }
    if (httpTimeout.toSeconds() < 1 || httpTimeout.toNanos() % 1_000_000_000L != 0) {
      throw new IllegalArgumentException(
          "httptimeout must be a whole number of seconds, at least 1: " + httpTimeout);
    }
  }

  /** A copy with this prefix. */
  public HttpSettings withPrefix(String value) {
    return new HttpSettings(value, httpTimeout);
  }

  /** A copy with this {@code httptimeout}. */
  public HttpSettings withHttpTimeout(Duration value) {
    return new HttpSettings(prefix, value);
  }
}
