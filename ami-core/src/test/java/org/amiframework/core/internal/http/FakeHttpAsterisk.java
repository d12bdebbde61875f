package org.amiframework.core.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;

/**
 * A small stand-in for Asterisk's HTTP manager, on the JDK's HttpServer at 127.0.0.1 and an
 * ephemeral port, shaped like the replies of {@code captures/k-http}: {@code /rawman} and {@code
 * /mxml} with the {@code mansession_id} cookie ({@code Max-Age} = httptimeout, {@code Pragma:
 * SuppressEvents}), {@code /arawman} and {@code /amxml} with Digest (realm {@code amitest}, MD5,
 * qop=auth, nonce renewed with {@code stale=true}), 404 elsewhere, 501 for other methods. Tests
 * drive it with {@link #emit}, {@link #expireSessions} and {@link #staleNonces}, and read {@link
 * #requests()}. The reusable fake server belongs to ami-testkit; this one stays small.
 */
final class FakeHttpAsterisk implements AutoCloseable {

  /** One request as the fake received it. */
  record Request(String method, String path, AmiMessage fields, String cookie, String auth) {}

  private final int httpTimeout;
  private final SSLContext tls;
  private final Map<Integer, FakeHttpSession> sessions = new ConcurrentHashMap<>();
  private final FakeDigestSessions digest = new FakeDigestSessions();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger loginFailures = new AtomicInteger();
  private final AtomicInteger failNext = new AtomicInteger();
  private final FakeManagerActions actions;
  private HttpServer server;
  private ExecutorService threads;
  private int port;

  /** Starts a fake whose sessions live {@code httpTimeout} seconds (its WaitEvent cap: -10). */
  FakeHttpAsterisk(int httpTimeout) throws IOException {
    this(httpTimeout, null);
  }

  /** Starts a fake serving HTTPS with this context, or plain HTTP when it is null. */
  FakeHttpAsterisk(int httpTimeout, SSLContext tls) throws IOException {
    this.httpTimeout = httpTimeout;
    this.tls = tls;
    this.actions = new FakeManagerActions(this::emit, () -> httpTimeout - 10);
    start(0);
  }

  private void start(int onPort) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort);
    if (tls == null) {
      server = HttpServer.create(address, 16);
    } else {
      HttpsServer https = HttpsServer.create(address, 16);
      https.setHttpsConfigurator(new HttpsConfigurator(tls));
      server = https;
    }
    threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  /** The URL of one of the fake's paths, e.g. {@code url("/rawman")}. */
  String url(String path) {
    return (tls == null ? "http" : "https") + "://127.0.0.1:" + port + path;
  }

  /** The port it listens on. */
  int port() {
    return port;
  }

  /** Queues an event for every session, as Asterisk broadcasts it. */
  void emit(AmiMessage event) {
    sessions.values().forEach(s -> s.queue(event));
    digest.all().forEach(s -> s.queue(event));
  }

  /** Forgets every session, as when httptimeout passed or the server restarted. */
  void expireSessions() {
    sessions.values().forEach(FakeHttpSession::destroy);
    sessions.clear();
    digest.clear();
  }

  /** Makes the current Digest nonces stale: the next request with one gets 401 stale=true. */
  void staleNonces() {
    digest.renewAll();
  }

  /** Stops listening and drops every session: the server is down. */
  void stop() {
    expireSessions();
    server.stop(0);
    threads.shutdownNow();
  }

  /** Listens again on the same port, with no sessions: the server restarted. */
  void restart() throws IOException {
    start(port);
  }

  /** Every request received so far. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The requests whose action is {@code action} (case-insensitive). */
  List<Request> requests(String action) {
    return requests.stream()
        .filter(r -> action.equalsIgnoreCase(r.fields().get("Action")))
        .toList();
  }

  /** Answers the next request with this HTTP status and an HTML page, as for an error. */
  void failNext(int status) {
    failNext.set(status);
  }

  /** How many Digest challenges (401) were sent. */
  int digestChallenges() {
    return digest.challenges();
  }

  /** Logins the fake refused. */
  int loginFailures() {
    return loginFailures.get();
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      boolean xml = path.equals("/mxml") || path.equals("/amxml");
      boolean digestPath = path.equals("/arawman") || path.equals("/amxml");
      if (!xml && !digestPath && !path.equals("/rawman")) {
        sendHtml(exchange, 404, "Not Found", "The requested URL was not found on this server.");
        return;
      }
      int forced = failNext.getAndSet(0);
      if (forced != 0) {
        sendHtml(exchange, forced, "Forced", "as the test asked");
        return;
      }
      if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
        sendHtml(exchange, 501, "Not Implemented", "Attempt to use unimplemented method");
        return;
      }
      AmiMessage fields = fields(exchange, method);
      String cookie = exchange.getRequestHeaders().getFirst("Cookie");
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      requests.add(new Request(method, path, fields, cookie, auth));
      FakeHttpSession session;
      if (digestPath) {
        FakeDigestSessions.Outcome outcome = digest.authenticate(method, auth);
        if (outcome.session() == null) {
          exchange.getResponseHeaders().add("WWW-authenticate", outcome.challenge());
          sendHtml(exchange, 401, "Unauthorized", "");
          return;
        }
        session = outcome.session();
      } else {
        session = cookieSession(cookie);
        exchange
            .getResponseHeaders()
            .add(
                "Set-Cookie",
                String.format(
                    "mansession_id=\"%08x\"; Version=1; Max-Age=%d", session.id, httpTimeout));
        exchange.getResponseHeaders().add("Pragma", "SuppressEvents");
      }
      List<AmiMessage> reply = actions.handle(session, fields);
      afterAction(session, fields, reply, digestPath);
      send(exchange, xml, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void afterAction(
      FakeHttpSession session, AmiMessage fields, List<AmiMessage> reply, boolean digestPath) {
    String action = String.valueOf(fields.get("Action"));
    if (action.equalsIgnoreCase("Login") && !session.authenticated()) {
      loginFailures.incrementAndGet();
    }
    if (action.equalsIgnoreCase("Logoff")) {
      session.destroy();
      if (digestPath) {
        digest.remove(session);
      } else {
        sessions.remove(session.id);
      }
    }
  }

  private FakeHttpSession cookieSession(String cookie) {
    if (cookie != null) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("mansession_id=\"?([0-9a-f]+)\"?").matcher(cookie);
      if (m.find()) {
        FakeHttpSession known = sessions.get(Integer.parseUnsignedInt(m.group(1), 16));
        if (known != null) {
          return known;
        }
      }
    }
    FakeHttpSession created = new FakeHttpSession(ThreadLocalRandom.current().nextInt());
    sessions.put(created.id, created);
    return created;
  }

  private static AmiMessage fields(HttpExchange exchange, String method) throws IOException {
    String form;
    if (method.equals("POST")) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      byte[] body = exchange.getRequestBody().readAllBytes();
      boolean formBody = type != null && type.startsWith("application/x-www-form-urlencoded");
      form = formBody ? new String(body, StandardCharsets.US_ASCII) : ""; // query ignored on POST
    } else {
      form = exchange.getRequestURI().getRawQuery();
    }
    AmiMessage.Builder fields = AmiMessage.builder();
    if (form != null && !form.isEmpty()) {
      for (String pair : form.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        fields.add(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    return fields.build();
  }

  private static void send(HttpExchange exchange, boolean xml, List<AmiMessage> reply)
      throws IOException {
    byte[] body;
    if (xml) {
      body = XmlTranslate.toXml(reply).getBytes(StandardCharsets.UTF_8);
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      reply.forEach(m -> out.writeBytes(MessageEncoder.encode(m)));
      body = out.toByteArray();
    }
    exchange.getResponseHeaders().add("Server", "Asterisk/22.10.1");
    exchange.getResponseHeaders().add("Cache-Control", "no-cache, no-store");
    exchange.getResponseHeaders().add("Content-type", xml ? "text/xml" : "text/plain");
    write(exchange, 200, body);
  }

  private static void sendHtml(HttpExchange exchange, int status, String title, String text)
      throws IOException {
    String html =
        "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n<title>"
            + status
            + " "
            + title
            + "</title>\r\n</head><body>\r\n<h1>"
            + title
            + "</h1>\r\n<p>"
            + text
            + "</p>\r\n<hr />\r\n<address>Asterisk/22.10.1</address>\r\n</body></html>\r\n";
    exchange.getResponseHeaders().add("Server", "Asterisk/22.10.1");
    exchange.getResponseHeaders().add("Content-type", "text/html");
    write(exchange, status, html.getBytes(StandardCharsets.US_ASCII));
  }

  private static void write(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
