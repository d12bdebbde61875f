package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the client's connection over its whole life: the first connect, the reaction to a drop
 * (reconnect with backoff, or give up), and the close. All state changes happen under one lock;
 * listeners are only told through the event queue, so nothing here waits for user code.
 *
 * <p>Every {@code onConnected} a listener hears is followed by exactly one {@code onDisconnected}.
 * A failed first connect fails {@link #connect()} and goes back to {@link ConnectionState#NEW}
 * without retrying (bad credentials stay bad); a connection lost later is retried by the policy.
 */
final class ConnectionSupervisor implements Connection.CloseListener, SessionOpener.Progress {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
  private static final Duration LOGOFF_TIMEOUT = Duration.ofSeconds(1);

  private final AmiClientConfig config;
  private final ClientResources resources;
  private final SessionOpener opener;
  private final ReconnectPolicy policy;
  private final ScheduledExecutorService connector;
  private final String endpoint;
  private final Object lock = new Object();
  private final Set<Connection> announced = Collections.newSetFromMap(new IdentityHashMap<>());
  private volatile ConnectionState state = ConnectionState.NEW;
  private volatile Session session;
  private volatile String amiVersion;
  private volatile WritePermissions permissions;
  private CompletableFuture<Void> firstConnect;
  private Connection opening;
  private ScheduledFuture<?> retry;

  ConnectionSupervisor(AmiClientConfig config, ClientResources resources) {
    this.config = config;
    this.resources = resources;
    this.opener = new SessionOpener(config, resources);
    this.policy = ReconnectPolicy.of(config);
    this.connector = resources.connector();
    this.endpoint = SocketOpener.endpoint(config);
    this.permissions =
        config.writeClasses() == null
            ? WritePermissions.UNKNOWN
            : WritePermissions.configured(config.writeClasses());
  }

  /** Starts the first connect, or returns the one under way or done. */
  CompletableFuture<Void> connect() {
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return CompletableFuture.failedFuture(
            new AmiException("client '" + config.name() + "' is closed"));
      }
      if (state == ConnectionState.NEW) {
        state = ConnectionState.CONNECTING;
        firstConnect = new CompletableFuture<>();
        connector.execute(() -> attempt(0));
      }
      return firstConnect;
    }
  }

  /** The logged-in session, or null while there is none. */
  Session session() {
    return session;
  }

  ConnectionState state() {
    return state;
  }

  String amiVersion() {
    return amiVersion;
  }

  /** The write permissions of the current or, between connections, the last session. */
  WritePermissions permissions() {
    return permissions;
  }

  @Override
  public void opened(Connection connection) {
    boolean abort;
    synchronized (lock) {
      abort = state == ConnectionState.CLOSED;
      if (!abort) {
        opening = connection;
      }
    }
    if (abort) {
      connection.close(null);
    }
  }

  @Override
  public void greeted(Connection connection, String version) {
    synchronized (lock) {
      amiVersion = version;
      if (connection.isOpen()) {
        announced.add(connection);
        resources.events().announce(listener -> listener.onConnected(version));
      }
    }
  }

  @Override
  public void closed(Connection connection, Throwable cause) {
    synchronized (lock) {
      Session lost = session;
      // An opening that failed is reported by its attempt; a close() in progress does the rest.
      boolean dropped =
          lost != null && lost.connection() == connection && state != ConnectionState.CLOSED;
      if (lost != null && lost.connection() == connection) {
        lost.keepalive().stop();
        session = null;
      }
      boolean reconnect = dropped && config.reconnect();
      if (dropped) {
        // The state changes before listeners hear of the drop, so they can rely on state().
        state = reconnect ? ConnectionState.RECONNECTING : ConnectionState.CLOSED;
        LOG.warn(
            "Connection to {} lost: {}{}",
            endpoint,
            describe(cause),
            reconnect ? "" : "; reconnect is off");
      }
      if (announced.remove(connection)) {
        resources.events().announce(listener -> listener.onDisconnected(cause));
      }
      if (reconnect) {
        scheduleAttempt(1);
      } else if (dropped) {
        terminate();
      }
    }
  }

  /** Logs off if logged in, fails what is pending, stops every thread; idempotent. */
  void close() {
    Session active;
    Connection half;
    CompletableFuture<Void> connecting;
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return;
      }
      state = ConnectionState.CLOSED;
      active = session;
      session = null;
      half = opening;
      opening = null;
      connecting = firstConnect;
      if (retry != null) {
        retry.cancel(false);
      }
    }
    if (active != null) {
      active.keepalive().stop();
      active.connection().logoff(LOGOFF_TIMEOUT);
      active.connection().close(null);
    }
    if (half != null) {
      half.close(null);
    }
    if (connecting != null && !connecting.isDone()) {
      resources
          .callbacks()
          .fail(connecting, new ConnectionLostException("client closed before it logged in"));
    }
    synchronized (lock) {
      terminate();
    }
    LOG.info("Client '{}' for {} closed", config.name(), endpoint);
  }

  private void attempt(int attempt) {
    Session opened;
    try {
      opened = opener.open(this, this);
    } catch (RuntimeException e) {
      attemptFailed(attempt, e);
      return;
    }
    activate(opened, attempt);
  }

  private void activate(Session opened, int attempt) {
    boolean reconnect = attempt > 0;
    CompletableFuture<Void> connected;
    synchronized (lock) {
      opening = null;
      if (state == ConnectionState.CLOSED) {
        opened.connection().close(null);
        return;
      }
      if (!opened.connection().isOpen()) {
        attemptFailed(attempt, lostDuringLogin(opened.connection()));
        return;
      }
      session = opened;
      permissions = opened.permissions();
      state = ConnectionState.CONNECTED;
      if (reconnect) {
        resources.counters().reconnects.increment();
      }
      opened.keepalive().start();
      resources.events().announce(listener -> listener.onLoggedIn(reconnect));
      connected = firstConnect;
    }
    LOG.info(
        "Logged in to {} as '{}' (AMI {}){}",
        endpoint,
        config.username(),
        amiVersion,
        reconnect ? " after reconnecting" : "");
    resources.callbacks().complete(connected, () -> null);
  }

  private void attemptFailed(int attempt, RuntimeException failure) {
    synchronized (lock) {
      opening = null;
      if (state == ConnectionState.CLOSED) {
        return;
      }
      if (attempt == 0) {
        LOG.warn("Cannot connect to {}: {}", endpoint, failure.getMessage());
        state = ConnectionState.NEW;
        resources.callbacks().fail(firstConnect, failure);
        firstConnect = null;
        return;
      }
      if (policy.mayAttempt(attempt + 1)) {
        LOG.warn("Reconnect attempt {} to {} failed: {}", attempt, endpoint, failure.getMessage());
        scheduleAttempt(attempt + 1);
      } else {
        LOG.error(
            "Giving up on {} after {} reconnect attempts; last failure: {}",
            endpoint,
            attempt,
            failure.getMessage());
        terminate();
      }
    }
  }

  /** Must hold the lock. */
  private void scheduleAttempt(int attempt) {
    Duration delay = policy.delayBefore(attempt);
    LOG.info("Reconnecting to {} in {} ms (attempt {})", endpoint, delay.toMillis(), attempt);
    retry = connector.schedule(() -> attempt(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Final state: tells listeners and stops the threads. Must hold the lock. */
  private void terminate() {
    state = ConnectionState.CLOSED;
    resources.events().announce(ConnectionListener::onClosed);
    resources.events().stop();
    connector.shutdownNow();
    resources.timer().shutdownNow();
    resources.callbacks().shutdown();
  }

  private AmiException lostDuringLogin(Connection connection) {
    return new ConnectionLostException(
        "connection to " + endpoint + " lost right after the login", connection.closeCause());
  }

  private static String describe(Throwable cause) {
    return cause == null ? "closed" : cause.getMessage();
  }
}
