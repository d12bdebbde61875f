package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.client.Subscription;
import org.amiframework.core.internal.client.ClientCore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AmiClient} connected to a {@link AmiServer} in the same JVM, without a socket: it logs
 * in, learns its write classes, answers actions, delivers events on its own thread, reconnects
 * after the fake went down and came back, and logs off, as the TCP client does. Its parts beyond
 * the transport are core's {@link ClientCore}, shared with the other transports.
 */
public final class InMemoryAmiClient implements AmiClient {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryAmiClient.class);
  private static final Duration LOGOFF_TIMEOUT = Duration.ofSeconds(1);

  private final AmiClientConfig config;
  private final AmiServer server;
  private final ClientCore core;
  private final ScheduledExecutorService timer;
  private final ScheduledExecutorService connector;
  private final Object lock = new Object();
  private volatile ConnectionState state = ConnectionState.NEW;
  private volatile InMemoryLink link;
  private volatile String amiVersion;

  /** A client of {@code server}; nothing connects before {@link #connect()}. */
  public InMemoryAmiClient(AmiClientConfig config, AmiServer server) {
    this.config = Objects.requireNonNull(config, "config");
    this.server = Objects.requireNonNull(server, "server");
    this.core = new ClientCore(config);
    this.timer = core.scheduler("timer");
    this.connector = core.scheduler("connector");
  }

  @Override
  public CompletableFuture<Void> connect() {
    synchronized (lock) {
      if (state != ConnectionState.NEW) {
        return CompletableFuture.failedFuture(
            new IllegalStateException("connect() on a client that is " + state));
      }
      state = ConnectionState.CONNECTING;
    }
    return CompletableFuture.runAsync(() -> open(false), connector);
  }

  /** Opens a session and reports it; on failure the state goes back and the failure is thrown. */
  private void open(boolean reconnect) {
    InMemoryLink opened = new InMemoryLink(core, config.frameLimits(), timer, this::lost);
    try {
      String greeting = opened.open(server, config.connectTimeout());
      String version = greeting.substring(greeting.lastIndexOf('/') + 1).trim();
      amiVersion = version;
      link = opened;
      core.notifyListeners(l -> l.onConnected(version));
      login(opened);
      learnWriteClasses(opened);
    } catch (RuntimeException e) {
      opened.close();
      synchronized (lock) {
        if (state == ConnectionState.CONNECTING) {
          state = ConnectionState.NEW;
        }
      }
      throw e;
    }
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        opened.close();
        return;
      }
      state = ConnectionState.CONNECTED;
    }
    if (reconnect) {
      core.reconnected();
    }
    core.notifyListeners(l -> l.onLoggedIn(reconnect));
  }

  private void login(InMemoryLink opened) {
    GenericAction<AmiResponse> login = GenericAction.named("Login");
    if (config.authType() == AuthType.MD5) {
      String challenge =
          step(opened, GenericAction.named("Challenge").with("AuthType", "MD5"), "MD5 challenge")
              .header("Challenge");
      login =
          login
              .with("AuthType", "MD5")
              .with("Username", config.username())
              .with("Key", ClientCore.md5Key(String.valueOf(challenge), config.secret()));
    } else {
      login = login.with("Username", config.username()).with("Secret", config.secret());
    }
    if (config.eventMask() != null) {
      login = login.with("Events", config.eventMask());
    }
    step(opened, login, "login");
  }

  private void learnWriteClasses(InMemoryLink opened) {
    if (config.writeClasses() == null && config.learnWriteClasses()) {
      core.learnWriteClasses(step(opened, GenericAction.named("ListCommands"), "ListCommands"));
    }
  }

  private AmiResponse step(InMemoryLink opened, GenericAction<AmiResponse> action, String what) {
    try {
      return ClientCore.await(opened.send(action, config.connectTimeout()));
    } catch (AmiActionException e) {
      String reason = e.response() == null ? e.getMessage() : e.response().text();
      throw new AuthenticationException(
          what
              + " as user '"
              + config.username()
              + "' refused by "
              + InMemoryLink.ENDPOINT
              + ": "
              + reason,
          e);
    }
  }

  /** The connection ended without the client asking: tell, then reconnect if configured. */
  private void lost(AmiException cause) {
    synchronized (lock) {
      if (state != ConnectionState.CONNECTED) {
        return;
      }
      state = config.reconnect() ? ConnectionState.RECONNECTING : ConnectionState.CLOSED;
      link = null;
    }
    LOG.debug("client '{}' lost {}: {}", config.name(), InMemoryLink.ENDPOINT, cause.getMessage());
    core.notifyListeners(l -> l.onDisconnected(cause));
    if (config.reconnect()) {
      scheduleReconnect(1);
    } else {
      core.notifyListeners(ConnectionListener::onClosed);
    }
  }

  private void scheduleReconnect(int attempt) {
    if (!core.mayReconnect(attempt)) {
      synchronized (lock) {
        state = ConnectionState.CLOSED;
      }
      core.notifyListeners(ConnectionListener::onClosed);
      return;
    }
    Duration delay = core.reconnectDelay(attempt);
    connector.schedule(() -> reconnect(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void reconnect(int attempt) {
    synchronized (lock) {
      if (state != ConnectionState.RECONNECTING) {
        return;
      }
      state = ConnectionState.CONNECTING;
    }
    try {
      open(true);
    } catch (RuntimeException e) {
      synchronized (lock) {
        if (state == ConnectionState.NEW) {
          state = ConnectionState.RECONNECTING;
        }
      }
      LOG.debug(
          "client '{}': reconnect attempt {} failed: {}", config.name(), attempt, e.toString());
      scheduleReconnect(attempt + 1);
    }
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return send(action, config.actionTimeout());
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    Objects.requireNonNull(action, "action");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    InMemoryLink current = link;
    if (current == null || state != ConnectionState.CONNECTED) {
      return CompletableFuture.failedFuture(
          new ConnectionLostException(
              action.actionName()
                  + " not sent: not connected to "
                  + InMemoryLink.ENDPOINT
                  + " (state "
                  + state
                  + ")"));
    }
    PermissionDeniedException refusal = core.refusal(action);
    if (refusal != null) {
      return CompletableFuture.failedFuture(refusal);
    }
    return current.send(action, timeout);
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    return core.subscribe(listener);
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return core.addConnectionListener(listener);
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  @Override
  public String amiVersion() {
    return amiVersion;
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return core.writeClasses();
  }

  @Override
  public ClientMetrics metrics() {
    return core.metrics();
  }

  @Override
  public AmiClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    InMemoryLink current;
    boolean wasConnected;
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return;
      }
      wasConnected = state == ConnectionState.CONNECTED;
      state = ConnectionState.CLOSED;
      current = link;
      link = null;
    }
    if (current != null) {
      if (wasConnected) {
        logOff(current);
      }
      current.close();
    }
    if (wasConnected) {
      core.notifyListeners(l -> l.onDisconnected(null));
    }
    core.notifyListeners(ConnectionListener::onClosed);
    connector.shutdownNow();
    timer.shutdownNow();
    core.shutdown();
  }

  private void logOff(InMemoryLink current) {
    try {
      current.send(GenericAction.named("Logoff"), LOGOFF_TIMEOUT).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.debug("client '{}': Logoff not answered: {}", config.name(), e.toString());
    }
  }

  @Override
  public String toString() {
    return "InMemoryAmiClient{" + config + ", state=" + state + "}";
  }
}
