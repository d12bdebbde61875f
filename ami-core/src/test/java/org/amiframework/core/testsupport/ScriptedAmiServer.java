package org.amiframework.core.testsupport;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A small AMI server for tests, on 127.0.0.1: it writes the greeting, reads actions with the real
 * frame reader and answers them with scripted handlers, shaped like the captures of Asterisk
 * 22.10.1. Login (plain and MD5), Challenge, Ping, Logoff and ListCommands are built in ({@link
 * StandardActions}); any action can be scripted with {@link Builder#on}.
 */
public final class ScriptedAmiServer implements AutoCloseable {

  /** The greeting of Asterisk 22. */
  public static final String GREETING = "Asterisk Call Manager/11.0.0";

  private final Builder config;
  private final ServerSocket serverSocket;
  private final List<ServerSession> sessions = new ArrayList<>();
  private final LinkedBlockingQueue<ServerSession> accepted = new LinkedBlockingQueue<>();
  private volatile boolean closed;

  private ScriptedAmiServer(Builder config) throws IOException {
    this.config = config;
    ServerSocket socket =
        config.sslContext == null
            ? new ServerSocket()
            : config.sslContext.getServerSocketFactory().createServerSocket();
    socket.setReuseAddress(true);
    bind(socket, new InetSocketAddress(InetAddress.getByName("127.0.0.1"), config.port));
    this.serverSocket = socket;
    Thread acceptor = new Thread(this::acceptLoop, "scripted-ami-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Binds, retrying for a while when a fixed port is still held: a client reconnecting to a port
   * nobody listens on may hold it for a moment (a connection attempt under way).
   */
  private static void bind(ServerSocket socket, InetSocketAddress address) throws IOException {
    long deadline = System.nanoTime() + TestClients.WAIT.toNanos();
    while (true) {
      try {
        socket.bind(address);
        return;
      } catch (BindException e) {
        if (address.getPort() == 0 || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while binding " + address, e);
      }
    }
  }

  /** A builder: greeting of Asterisk 22, user admin/adminpw, ephemeral port. */
  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** Connections accepted so far. */
  public synchronized int connectionCount() {
    return sessions.size();
  }

  /** Waits for the next connection not yet taken by this method; fails after {@code timeout}. */
  public ServerSession nextSession(Duration timeout) throws InterruptedException {
    ServerSession session = accepted.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (session == null) {
      throw new AssertionError("no connection to port " + port() + " within " + timeout);
    }
    return session;
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // The test is over with this server either way.
    }
    List<ServerSession> open;
    synchronized (this) {
      open = new ArrayList<>(sessions);
    }
    open.forEach(ServerSession::closeSocket);
  }

  Builder config() {
    return config;
  }

  ActionHandler handler(String action) {
    ActionHandler scripted = config.handlers.get(action.toLowerCase(Locale.ROOT));
    return scripted != null ? scripted : StandardActions.handler(action);
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        return;
      }
      ServerSession session;
      synchronized (this) {
        session = new ServerSession(this, socket, sessions.size());
        sessions.add(session);
      }
      accepted.add(session);
      session.start();
    }
  }

  /** Configures and starts a {@link ScriptedAmiServer}. */
  public static final class Builder {
    int port;
    String greeting = GREETING;
    final Map<String, String> users = new HashMap<>(Map.of("admin", "adminpw"));
    Duration failedLoginDelay = Duration.ofSeconds(1);
    List<String> listCommands = StandardActions.ADMIN_COMMANDS;
    final Map<String, ActionHandler> handlers = new HashMap<>();
    SSLContext sslContext;

    private Builder() {}

    /** Listens on this port (to come back on the port of a server that went away). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** The greeting line; null to accept connections and never greet. */
    public Builder greeting(String greeting) {
      this.greeting = greeting;
      return this;
    }

    /** Adds a user. */
    public Builder user(String name, String secret) {
      users.put(name, secret);
      return this;
    }

    /** How long a failed login waits before its Error and the close (Asterisk: 1 s). */
    public Builder failedLoginDelay(Duration delay) {
      this.failedLoginDelay = delay;
      return this;
    }

    /** The ListCommands lines, {@code Name: synopsis (Priv: classes)}. */
    public Builder listCommands(List<String> lines) {
      this.listCommands = List.copyOf(lines);
      return this;
    }

    /** Answers {@code action} (case-insensitive) with {@code handler}, in place of the default. */
    public Builder on(String action, ActionHandler handler) {
      handlers.put(action.toLowerCase(Locale.ROOT), handler);
      return this;
    }

    /** Speaks TLS with this context (it must hold the server's key). */
    public Builder tls(SSLContext context) {
      this.sslContext = context;
      return this;
    }

    /** Binds 127.0.0.1 and starts accepting. */
    public ScriptedAmiServer start() throws IOException {
      return new ScriptedAmiServer(this);
    }
  }
}
