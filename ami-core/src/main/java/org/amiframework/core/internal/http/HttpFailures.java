package org.amiframework.core.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.HttpEndpoint;

/**
 * Turns what can go wrong with an HTTP exchange into the client's exceptions, each message naming
 * the URL and what to check: a status other than 200 (or a 200 that is not AMI), and the JDK
 * client's I/O failures.
 */
final class HttpFailures {

  private HttpFailures() {}

  /** The Content-type a reply of this endpoint must have. */
  static String expectedContentType(HttpEndpoint endpoint) {
    return endpoint.format() == HttpEndpoint.Format.XML ? "text/xml" : "text/plain";
  }

  /**
   * The failure for a reply that is not AMI: an HTTP error, or a 200 of the wrong Content-type.
   *
   * @param excerpt the start of its body, whose HTML title is quoted
   */
  static AmiException ofStatus(HttpEndpoint endpoint, HttpResponse<?> response, String excerpt) {
    int status = response.statusCode();
    String what = "HTTP " + status + " from " + endpoint + titleOf(excerpt);
    return switch (status) {
      case 200 ->
          new AmiConnectException(
              endpoint
                  + " answered with Content-type '"
                  + response.headers().firstValue("Content-Type").orElse("")
                  + "' instead of "
                  + expectedContentType(endpoint)
                  + ": it is not an Asterisk manager endpoint");
      case 401 ->
          new AuthenticationException(what + ": the server asks for credentials this URL lacks");
      case 403 ->
          new AuthenticationException(
              what + ": the manager user's ACL (permit/deny in manager.conf) refuses this client");
      case 404 ->
          new AmiConnectException(
              what
                  + ": nothing is served there; check webenabled = yes in manager.conf,"
                  + " enabled = yes in http.conf and the http.conf prefix");
      case 501 -> new AmiException(what + ": the server does not accept this request method");
      default -> new AmiException(what);
    };
  }

  /** The failure for what the JDK client threw (possibly wrapped) during an exchange. */
  static AmiException ofException(HttpEndpoint endpoint, Throwable thrown, Duration timeout) {
    Throwable error = unwrap(thrown);
    if (error instanceof AmiException e) {
      return e;
    }
    if (error instanceof HttpTimeoutException || error instanceof TimeoutException) {
      return new AmiTimeoutException(
          "no reply from " + endpoint + " within " + timeout.toMillis() + " ms", error);
    }
    if (error instanceof ConnectException || error instanceof UnresolvedAddressException) {
      return new AmiConnectException("cannot reach " + endpoint + ": " + error, error);
    }
    if (error instanceof SSLException) {
      return new AmiConnectException(
          "TLS with " + endpoint + " failed (certificate or host name not trusted?): " + error,
          error);
    }
    if (error instanceof IOException) {
      return new ConnectionLostException(
          "HTTP exchange with " + endpoint + " failed: " + error, error);
    }
    return new AmiException("HTTP exchange with " + endpoint + " failed: " + error, error);
  }

  /** The {@code <title>} of an HTML error page, as " (404 Not Found)", or empty. */
  private static String titleOf(String html) {
    int start = html.indexOf("<title>");
    int end = html.indexOf("</title>");
    return start >= 0 && end > start ? " (" + html.substring(start + 7, end).strip() + ")" : "";
  }

  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    while (e instanceof CompletionException && e.getCause() != null) {
      e = e.getCause();
    }
    // The JDK wraps a connect failure in an IOException whose cause says what really happened.
    if (e instanceof IOException && e.getCause() instanceof ConnectException c) {
      return c;
    }
    if (e instanceof IOException && e.getCause() instanceof UnresolvedAddressException u) {
      return u;
    }
    return e;
  }
}
