package org.amiframework.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.internal.AmiServer;
import org.amiframework.testkit.internal.HttpManagerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request of the fake's HTTP server as Asterisk's {@code generic_http_callback()} and
 * {@code auth_http_callback()} do: 404 outside the manager's URIs, 501 for methods other than GET,
 * HEAD and POST, the session by cookie (with {@code Set-Cookie} and {@code Pragma: SuppressEvents}
 * on every reply) or by Digest (401 until the credentials hold), then the request's fields as one
 * action through the fake's protocol engine, and its output as AMI text or XML. AMI errors are
 * answered with 200, as Asterisk does.
 */
final class ManagerHttpHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ManagerHttpHandler.class);
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

  private final HttpSettings settings;
  private final HttpReplies replies;
  private final CookieSessions cookies;
  private final DigestSessions digests;

  ManagerHttpHandler(AmiServer server, HttpSettings settings) {
    this.settings = settings;
    this.replies = new HttpReplies("Asterisk/" + server.settings().asteriskVersion());
    this.cookies = new CookieSessions(server, settings);
    this.digests = new DigestSessions(server, settings);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      answer(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the fake is stopping
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "HTTP request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
      throw e;
    }
  }

  private void answer(HttpExchange exchange) throws IOException, InterruptedException {
    ManagerUri uri = ManagerUri.of(exchange.getRequestURI().getRawPath(), settings.prefix());
    if (uri == null) {
      replies.error(exchange, 404, "Not Found", "The requested URL was not found on this server.");
      return;
    }
    String method = exchange.getRequestMethod();
    if (!METHODS.contains(method)) {
      replies.error(
          exchange, 501, "Not Implemented", "Attempt to use unimplemented / unsupported method");
      return;
    }
    HttpManagerSession session = null;
    if (uri.digest()) {
      DigestSessions.Outcome outcome =
          digests.authenticate(method, exchange.getRequestHeaders().getFirst("Authorization"));
      if (outcome.session() == null) {
        exchange.getResponseHeaders().set("WWW-authenticate", outcome.challenge());
        replies.error(exchange, 401, "Unauthorized", "");
        return;
      }
      session = outcome.session();
    }
    AmiMessage fields;
    try {
      fields = FormFields.of(exchange);
    } catch (FormFields.Refused e) {
      replies.error(exchange, e.status, e.title, e.getMessage());
      return;
    }
    if (session == null) {
      CookieSessions.Cookied cookied =
          cookies.find(exchange.getRequestHeaders().getFirst("Cookie"));
      session = cookied.session();
      exchange
          .getResponseHeaders()
          .set("Set-Cookie", cookied.setCookie(settings.httpTimeout().toSeconds()));
      exchange.getResponseHeaders().set("Pragma", "SuppressEvents");
    }
    byte[] ami = session.process(fields, exchange.getRemoteAddress());
    byte[] body =
        uri.xml()
            ? MxmlTranslator.translate(ami, fields.get("ajaxdest"), fields.get("ajaxobjtype"))
            : ami;
    replies.send(exchange, 200, uri.contentType(), body);
  }
}
