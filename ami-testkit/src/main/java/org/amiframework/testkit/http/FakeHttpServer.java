package org.amiframework.testkit.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.amiframework.testkit.internal.AmiServer;

/**
 * The HTTP server of a {@link org.amiframework.testkit.FakeAsterisk}: Asterisk's manager over
 * {@code /rawman}, {@code /mxml}, {@code /arawman} and {@code /amxml} (under the configured
 * prefix), on the JDK's {@link HttpServer} at the fake's address and an ephemeral port, kept across
 * restarts. Its sessions are the fake's own: the same users, privileges, stubs, CLI, journal,
 * recordings and events as the TCP sessions; they are listed with them and end with them when the
 * fake stops. Obtain URLs through {@link org.amiframework.testkit.FakeAsterisk#httpEndpoint}.
 */
public final class FakeHttpServer {

  private final AmiServer server;
  private final HttpSettings settings;
  private final ManagerHttpHandler handler;
  private HttpServer http;
  private ExecutorService threads;
  private volatile int port;

  /** The HTTP server of {@code server}, not yet listening. */
  public FakeHttpServer(AmiServer server, HttpSettings settings) {
    this.server = Objects.requireNonNull(server, "server");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.handler = new ManagerHttpHandler(server, settings);
  }

  /** Listens: on an ephemeral port the first time, then on the same port again. */
  public synchronized void start() throws IOException {
    if (http != null) {
      throw new IllegalStateException("already listening on port " + port);
    }
    HttpServer bound =
        HttpServer.create(new InetSocketAddress(server.settings().bindAddress(), port), 50);
    AtomicInteger count = new AtomicInteger();
    threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-ami-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    bound.setExecutor(threads);
    bound.createContext("/", handler);
    bound.start();
    http = bound;
    port = bound.getAddress().getPort();
  }

  /** Stops listening and ends the requests in progress (a waiting {@code WaitEvent} included). */
  public synchronized void stop() {
    if (http != null) {
      http.stop(0);
      threads.shutdownNow();
      http = null;
    }
  }

  /** Whether it listens. */
  public synchronized boolean isRunning() {
    return http != null;
  }

  /** The port, kept after a stop; 0 before the first start. */
  public int port() {
    return port;
  }

  /** The configuration. */
  public HttpSettings settings() {
    return settings;
  }

  /**
   * The URL of one of the manager's URIs, e.g. {@code url("rawman")} is {@code
   * http://127.0.0.1:PORT/rawman} (with the prefix, if one is set).
   *
   * @param uri {@code rawman}, {@code mxml}, {@code arawman} or {@code amxml}, with or without a
   *     leading slash
   * @throws IllegalArgumentException for another name
   */
  public String url(String uri) {
    String name = Objects.requireNonNull(uri, "uri").startsWith("/") ? uri.substring(1) : uri;
    boolean known = false;
    for (ManagerUri served : ManagerUri.values()) {
      known |= served.segment().equals(name);
    }
    if (!known) {
      throw new IllegalArgumentException(
          "the fake serves rawman, mxml, arawman and amxml over HTTP, not '" + uri + "'");
    }
    String prefix = settings.prefix().isEmpty() ? "" : "/" + settings.prefix();
    String host = server.settings().bindAddress().getHostAddress();
    return "http://"
        + (host.indexOf(':') >= 0 ? "[" + host + "]" : host)
        + ":"
        + port
        + prefix
        + "/"
        + name;
  }

  @Override
  public String toString() {
    return "FakeHttpServer{" + (isRunning() ? "port " + port : "stopped") + "}";
  }
}
