package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * Owns the client's session over its whole life, whatever the transport: the first connect, the
 * reaction to a lost session (reconnect with backoff, or give up), and the close. The transport
 * only opens sessions ({@link SessionOpener}) and reports the end of their links. All state changes
 * happen under one lock (the private {@code scheduleAttempt} and {@code terminate} are only called
 * holding it); listeners are only told through the event queue, so nothing here waits for user
 * code.
 *
 * <p>Every {@code onConnected} a listener hears is followed by exactly one {@code onDisconnected}.
 * A failed first connect fails {@link #connect()} and goes back to {@link ConnectionState#NEW}
 * without retrying (bad credentials stay bad); a session lost later is reopened by the policy.
 */
final class ConnectionSupervisor implements SessionOpener.Listener {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
  private static final Duration LOGOFF_TIMEOUT = Duration.ofSeconds(1);

  private final AmiClientConfig config;
  private final ClientCore core;
  private final SessionOpener opener;
  private final ReconnectPolicy policy;
  private final String endpoint;
  private final Object lock = new Object();
  private final Set<SessionLink> announced = Collections.newSetFromMap(new IdentityHashMap<>());
  private volatile ConnectionState state = ConnectionState.NEW;
  private volatile Session session;
  private volatile String amiVersion;
  private volatile WritePermissions permissions;
  private CompletableFuture<Void> firstConnect;
  private final NextSession nextSession = new NextSession();
  private SessionLink opening;
  private ScheduledFuture<?> retry;

  ConnectionSupervisor(AmiClientConfig config, ClientCore core, SessionOpener opener) {
    this.config = config;
    this.core = core;
    this.opener = opener;
    this.policy = ReconnectPolicy.of(config);
    this.endpoint = opener.endpoint();
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
        core.connector().execute(() -> attempt(0));
      }
      return firstConnect;
    }
  }

  /** The logged-in session, or null while there is none. */
  Session session() {
    return session;
  }

  /**
   * The first session on another link than {@code lost}: the current one if it is, else the next
   * one opened. Fails when none will be (the client closed or gave up).
   */
  CompletableFuture<Session> sessionAfter(SessionLink lost) {
    synchronized (lock) {
      Session current = session;
      if (current != null && current.link() != lost) {
        return CompletableFuture.completedFuture(current);
      }
      if (state == ConnectionState.CLOSED) {
        return CompletableFuture.failedFuture(
            new ConnectionLostException("client '" + config.name() + "' is closed"));
      }
      return nextSession.await();
    }
  }

  ConnectionState state() {
    return state;
  }

  /** The server, for messages. */
  String endpoint() {
    return endpoint;
  }

  /** The AMI version the server last said it speaks, or null. */
  String amiVersion() {
    return amiVersion;
  }

  /** The write permissions of the current or, between sessions, the last session. */
  WritePermissions permissions() {
    return permissions;
  }

  @Override
  public void opened(SessionLink link) {
    boolean abort;
    synchronized (lock) {
      abort = state == ConnectionState.CLOSED;
      if (!abort) {
        opening = link;
      }
    }
    if (abort) {
      link.close(null);
    }
  }

  @Override
  public void connected(SessionLink link, String version) {
    synchronized (lock) {
      amiVersion = version;
      if (link.isOpen()) {
        announced.add(link);
        core.announce(listener -> listener.onConnected(version));
      }
    }
  }

  @Override
  public void closed(SessionLink link, Throwable cause) {
    synchronized (lock) {
      Session lost = session;
      boolean current = lost != null && lost.link() == link;
      // An opening that failed is reported by its attempt; a close() in progress does the rest.
      boolean dropped = current && state != ConnectionState.CLOSED;
      if (current) {
        lost.upkeep().stop();
        session = null;
      }
      boolean reconnect = dropped && config.reconnect();
      if (dropped) {
        // The state changes before listeners hear of the drop, so they can rely on state().
        state = reconnect ? ConnectionState.RECONNECTING : ConnectionState.CLOSED;
        LOG.warn(
            "Session at {} lost: {}{}",
            endpoint,
            cause == null ? "closed" : cause.getMessage(),
            reconnect ? "" : "; not reconnecting");
      }
      if (announced.remove(link)) {
        core.announce(listener -> listener.onDisconnected(cause));
      }
      if (reconnect) {
        scheduleAttempt(1);
      } else if (dropped) {
        terminate(cause);
      }
    }
  }

  /** Logs off if logged in, fails what is pending, stops every thread; idempotent. */
  void close() {
    Session active;
    SessionLink half;
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
      active.upkeep().stop();
      active.link().logoff(LOGOFF_TIMEOUT);
      active.link().close(null);
    }
    if (half != null) {
      half.close(null);
    }
    if (connecting != null && !connecting.isDone()) {
      core.callbacks()
          .fail(connecting, new ConnectionLostException("client closed before it logged in"));
    }
    synchronized (lock) {
      // A link may report its end on its own thread after this point, or not at all once closed:
      // the close itself keeps the promise that every onConnected gets its onDisconnected first.
      if (active != null && announced.remove(active.link())) {
        core.announce(listener -> listener.onDisconnected(null));
      }
      terminate(null);
    }
    LOG.info("Client '{}' for {} closed", config.name(), endpoint);
  }

  private void attempt(int attempt) {
    Session opened;
    try {
      opened = opener.open(this);
    } catch (RuntimeException e) {
      attemptFailed(attempt, e);
      return;
    }
    activate(opened, attempt);
  }

  private void activate(Session opened, int attempt) {
    boolean reconnect = attempt > 0;
    CompletableFuture<Void> connected;
    CompletableFuture<Session> waiting;
    synchronized (lock) {
      opening = null;
      if (state == ConnectionState.CLOSED) {
        opened.link().close(null);
        return;
      }
      if (!opened.link().isOpen()) {
        attemptFailed(
            attempt, new ConnectionLostException("session at " + endpoint + " lost after login"));
        return;
      }
      session = opened;
      permissions = opened.permissions();
      state = ConnectionState.CONNECTED;
      if (reconnect) {
        core.counters().reconnects.increment();
      }
      opened.upkeep().start();
      core.announce(listener -> listener.onLoggedIn(reconnect));
      connected = firstConnect;
      waiting = nextSession.take();
    }
    LOG.info(
        "Logged in to {} as '{}' (AMI {}){}",
        endpoint,
        config.username(),
        amiVersion,
        reconnect ? " after reconnecting" : "");
    core.callbacks().complete(connected, () -> null);
    if (waiting != null) {
      waiting.complete(opened); // outside the lock: actions waiting for it are sent from here
    }
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
        core.callbacks().fail(firstConnect, failure);
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
        terminate(failure);
      }
    }
  }

  private void scheduleAttempt(int attempt) {
    Duration delay = policy.delayBefore(attempt);
    LOG.info("Reconnecting to {} in {} ms (attempt {})", endpoint, delay.toMillis(), attempt);
    retry =
        core.connector().schedule(() -> attempt(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Final state: fails what waits for a next session, tells listeners, stops the threads. */
  private void terminate(Throwable cause) {
    state = ConnectionState.CLOSED;
    nextSession.fail(cause != null ? cause : new ConnectionLostException("client closed"));
    core.announce(ConnectionListener::onClosed);
    core.shutdown();
  }
}
