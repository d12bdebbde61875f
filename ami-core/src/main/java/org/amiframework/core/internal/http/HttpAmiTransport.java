package org.amiframework.core.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;

/**
 * Carries one action per HTTP request to an {@link HttpEndpoint} and decodes the reply body into
 * AMI messages as it arrives: the session cookie, HTTP Digest (with the stale-nonce retry), request
 * encoding, and the mapping of HTTP failures to the client's exception types live here. It knows
 * nothing of what the messages mean; that is the client's business. Thread-safe: requests may run
 * concurrently (Asterisk serves each on its own thread).
 */
final class HttpAmiTransport {

  /**
   * The most bytes Asterisk reads of a form body ({@code MAX_CONTENT_LENGTH}) and of a request line
   * ({@code MAX_HTTP_LINE_LENGTH}) in {@code main/http.c}; builds with LOW_MEMORY read only 1024.
   */
  static final int MAX_REQUEST_BYTES = 4096;

  /**
   * Requests sent at nearly the same time over different connections may reach Asterisk out of
   * nonce-count order; it then renews the nonce (401 stale=true) for the late one. A few renewals
   * in a row are normal under load; endless ones are not.
   */
  private static final int MAX_DIGEST_ATTEMPTS = 5;

  /**
   * What came back besides the messages.
   *
   * @param sessionReplaced whether the reply opened a new session instead of using the one sent,
   *     which means the old session was gone: its action was refused unrun with {@code Permission
   *     denied}
   */
  record Reply(boolean sessionReplaced) {}

  private final HttpEndpoint endpoint;
  private final HttpClient http;
  private final FrameLimits limits;
  private final XmlHeaderNames names;
  private final DigestAuthenticator digest;
  private final AtomicReference<SessionCookie> cookie = new AtomicReference<>();

  HttpAmiTransport(
      HttpEndpoint endpoint,
      HttpClient http,
      FrameLimits limits,
      XmlHeaderNames names,
      DigestAuthenticator digest) {
    this.endpoint = endpoint;
    this.http = http;
    this.limits = limits;
    this.names = names;
    this.digest = endpoint.authentication() == HttpEndpoint.Authentication.DIGEST ? digest : null;
  }

  /** The endpoint. */
  HttpEndpoint endpoint() {
    return endpoint;
  }

  /**
   * How long the server keeps an idle session: the {@code Max-Age} of its last cookie, or the
   * configured {@link HttpEndpoint#sessionTimeout()} when it sent none (Digest sets no cookie).
   */
  Duration sessionTimeout() {
    SessionCookie c = cookie.get();
    return c != null && c.maxAge() != null && !c.maxAge().isZero()
        ? c.maxAge()
        : endpoint.sessionTimeout();
  }

  /** Forgets the session cookie, so the next request starts a new session. */
  void dropSession() {
    cookie.set(null);
  }

  /**
   * Sends one action and streams the messages of its reply to {@code sink}, on an HTTP client
   * thread, before the future completes. The future fails with {@link AmiConnectException} when the
   * server cannot be reached or the URL is not an AMI endpoint, {@link AuthenticationException} for
   * refused Digest credentials or an ACL refusal (403), {@link AmiTimeoutException} when no reply
   * comes within {@code timeout}, {@link ConnectionLostException} when the connection fails during
   * the exchange, and {@link AmiException} for other HTTP errors; an encoding refusal ({@code
   * HeaderInjectionException}) fails it before anything is sent.
   */
  CompletableFuture<Reply> exchange(AmiMessage action, Duration timeout, FrameHandler sink) {
    String form;
    try {
      form = ActionForm.encode(action);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (form.length() > MAX_REQUEST_BYTES - 64) {
      return CompletableFuture.failedFuture(
          new AmiException(
              action.actionName()
                  + " is too large for Asterisk's HTTP server: "
                  + form.length()
                  + " bytes encoded, it reads at most "
                  + MAX_REQUEST_BYTES
                  + " per request"));
    }
    return attempt(form, timeout, sink, 1);
  }

  private CompletableFuture<Reply> attempt(
      String form, Duration timeout, FrameHandler sink, int attempt) {
    SessionCookie sent = cookie.get();
    boolean authorized = digest != null && digest.hasChallenge();
    HttpRequest request = request(form, timeout, sent, authorized);
    AtomicReference<ReplyBodySubscriber> body = new AtomicReference<>();
    HttpResponse.BodyHandler<Void> handler =
        info -> {
          ReplyBodySubscriber subscriber =
              new ReplyBodySubscriber(isAmiReply(info) ? decoder(sink) : null);
          body.set(subscriber);
          return HttpResponse.BodySubscribers.fromSubscriber(subscriber, s -> null);
        };
    return http.sendAsync(request, handler)
        // The request timeout covers only the wait for the headers; this bounds a stalled body.
        .orTimeout(timeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, error) -> {
              if (error != null) {
                throw new CompletionException(HttpFailures.ofException(endpoint, error, timeout));
              }
              return response;
            })
        .thenCompose(
            response -> {
              ReplyBodySubscriber subscriber = body.get();
              if (response.statusCode() == 401 && digest != null) {
                return retryDigest(response, authorized, form, timeout, sink, attempt);
              }
              if (!isAmiReply(response)) {
                throw HttpFailures.ofStatus(endpoint, response, subscriber.excerpt());
              }
              if (subscriber.failure() != null) {
                throw subscriber.failure();
              }
              return CompletableFuture.completedFuture(
                  new Reply(updateCookie(sent, response.headers())));
            });
  }

  private HttpRequest request(
      String form, Duration timeout, SessionCookie sent, boolean authorized) {
    boolean post = endpoint.requestMethod() == HttpEndpoint.RequestMethod.POST;
    URI base = endpoint.uri();
    URI uri = post ? base : URI.create(base + "?" + form);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    if (post) {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.US_ASCII));
    } else {
      b.GET();
    }
    if (sent != null && digest == null) {
      b.header("Cookie", sent.requestHeader());
    }
    if (authorized) {
      String target = post ? base.getRawPath() : base.getRawPath() + "?" + form;
      b.header("Authorization", digest.authorize(post ? "POST" : "GET", target));
    }
    return b.build();
  }

  private CompletableFuture<Reply> retryDigest(
      HttpResponse<Void> response,
      boolean authorized,
      String form,
      Duration timeout,
      FrameHandler sink,
      int attempt) {
    DigestChallenge challenge;
    try {
      challenge = DigestChallenge.fromHeaders(response.headers().allValues("WWW-Authenticate"));
      // Credentials that were sent and refused without "stale" are wrong: asking again with the
      // same ones would only lock the account out faster.
      if (authorized && !challenge.stale()) {
        throw new AuthenticationException(
            "HTTP Digest authentication refused by " + endpoint + " (wrong username or secret)");
      }
      if (attempt >= MAX_DIGEST_ATTEMPTS) {
        throw new AuthenticationException(
            "HTTP Digest nonce of "
                + endpoint
                + " went stale "
                + attempt
                + " times in a row for one request; giving up");
      }
      digest.accept(challenge);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException(
          "cannot answer the HTTP authentication of " + endpoint + ": " + e.getMessage(), e);
    }
    return attempt(form, timeout, sink, attempt + 1);
  }

  /** Stores the reply's session cookie; true when it names another session than the one sent. */
  private boolean updateCookie(SessionCookie sent, HttpHeaders headers) {
    if (digest != null) {
      return false;
    }
    SessionCookie received = SessionCookie.fromSetCookie(headers.allValues("Set-Cookie"));
    if (received == null) {
      return false;
    }
    boolean replaced = sent != null && !sent.id().equals(received.id());
    if (replaced) {
      // The new session is unauthenticated; the client logs in again, starting from no cookie.
      cookie.compareAndSet(sent, null);
    } else {
      cookie.compareAndSet(sent, received);
    }
    return replaced;
  }

  private ReplyBodyDecoder decoder(FrameHandler sink) {
    return ReplyBodyDecoder.create(endpoint.format(), limits, names, sink);
  }

  private boolean isAmiReply(HttpResponse.ResponseInfo info) {
    return info.statusCode() == 200 && hasAmiContentType(info.headers());
  }

  private boolean isAmiReply(HttpResponse<?> response) {
    return response.statusCode() == 200 && hasAmiContentType(response.headers());
  }

  private boolean hasAmiContentType(HttpHeaders headers) {
    String type = headers.firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith(HttpFailures.expectedContentType(endpoint));
  }
}
