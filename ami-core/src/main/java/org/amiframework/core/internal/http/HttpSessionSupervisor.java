package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.internal.client.ClientCore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the HTTP manager session over the client's life, with the same states and listener signals
 * as the TCP client: the first connect (a failure fails {@code connect()} and is not retried), the
 * event poller while the session lives, the loss of the session (expired cookie, server down or
 * restarted, poll timed out, event queue overflow under the RECONNECT policy) followed by {@code
 * onDisconnected} and a new session with backoff ({@code onConnected}, {@code onLoggedIn(true)}),
 * and the close ({@code onClosed}).
 *
 * <p>Each session has a generation number; a failure reported for an older generation (a late reply
 * from the session before) never ends the current one. All state changes happen under one lock;
 * listeners hear only through the client's event queue.
 */
final class HttpSessionSupervisor implements HttpActionCaller.SessionEvents, WaitEventPoller.Owner {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSessionSupervisor.class);
  private static final Duration LOGOFF_TIMEOUT = Duration.ofSeconds(1);

  private final AmiClientConfig config;
  private final ClientCore core;
  private final HttpAmiTransport transport;
  private final HttpSessionOpener opener;
  private final ScheduledThreadPoolExecutor connector;
  private final Object lock = new Object();
  private volatile ConnectionState state = ConnectionState.NEW;
  private volatile String amiVersion;
  private volatile long generation;
  private CompletableFuture<Void> firstConnect;
  private CompletableFuture<Void> reestablished = new CompletableFuture<>();
  private WaitEventPoller poller;
  private ScheduledFuture<?> keepalive;
  private ScheduledFuture<?> retry;
  private boolean announced;
  private final HttpActionCaller caller;

  HttpSessionSupervisor(
      AmiClientConfig config,
      ClientCore core,
      HttpAmiTransport transport,
      ScheduledThreadPoolExecutor connector) {
    this.config = config;
    this.core = core;
    this.transport = transport;
    this.connector = connector;
    this.caller = new HttpActionCaller(transport, core, this);
    this.opener = new HttpSessionOpener(config, transport, caller, core);
  }

  /** Sends actions for this session. */
  HttpActionCaller caller() {
    return caller;
  }

  ConnectionState state() {
    return state;
  }

  String amiVersion() {
    return amiVersion;
  }

  @Override
  public long generation() {
    return generation;
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

  /**
   * The session of {@code lostGeneration} is gone (a reply opened a new, unauthenticated one): ends
   * it, if it is still the current one, and returns a future that completes once a new session is
   * open, or fails when none will be.
   */
  CompletableFuture<Void> sessionLost(long lostGeneration, AmiException cause) {
    synchronized (lock) {
      lost(lostGeneration, cause);
      if (state == ConnectionState.CONNECTED) {
        return CompletableFuture.completedFuture(null);
      }
      return reestablished;
    }
  }

  @Override
  public void transportFailed(long failedGeneration, AmiException cause) {
    synchronized (lock) {
      lost(failedGeneration, cause);
    }
  }

  @Override
  public void queueOverflowed(long overflowedGeneration) {
    synchronized (lock) {
      lost(
          overflowedGeneration,
          new AmiException(
              "event queue overflowed (listeners slower than the server); events were dropped,"
                  + " opening a new session at "
                  + transport.endpoint()));
    }
  }

  @Override
  public void pollFailed(WaitEventPoller failed, AmiException cause) {
    synchronized (lock) {
      if (failed == poller) {
        lost(generation, cause);
      }
    }
  }

  /** Logs off, stops polling and reconnecting, tells listeners, stops the threads; idempotent. */
  void close() {
    boolean logoff;
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return;
      }
      logoff = state == ConnectionState.CONNECTED;
      state = ConnectionState.CLOSED;
      stopSessionTasks();
      if (retry != null) {
        retry.cancel(false);
      }
    }
    if (logoff) {
      try {
        ClientCore.await(caller.call(GenericAction.named("Logoff"), LOGOFF_TIMEOUT));
      } catch (AmiException e) {
        LOG.debug("Logoff from {} not confirmed: {}", transport.endpoint(), e.getMessage());
      }
    }
    synchronized (lock) {
      ConnectionLostException closed = new ConnectionLostException("client closed");
      if (firstConnect != null && !firstConnect.isDone()) {
        firstConnect.completeExceptionally(
            new ConnectionLostException("client closed before it logged in"));
      }
      reestablished.completeExceptionally(closed);
      if (announced) {
        announced = false;
        core.notifyListeners(listener -> listener.onDisconnected(null));
      }
      terminate();
    }
    LOG.info("Client '{}' for {} closed", config.name(), transport.endpoint());
  }

  private void attempt(int attempt) {
    String version;
    try {
      version = opener.open();
    } catch (RuntimeException e) {
      attemptFailed(attempt, e);
      return;
    }
    activate(attempt, version);
  }

  private void activate(int attempt, String version) {
    boolean reconnect = attempt > 0;
    CompletableFuture<Void> waiting;
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return;
      }
      generation++;
      amiVersion = version;
      state = ConnectionState.CONNECTED;
      announced = true;
      if (reconnect) {
        core.reconnected();
      }
      core.notifyListeners(listener -> listener.onConnected(version));
      core.notifyListeners(listener -> listener.onLoggedIn(reconnect));
      startSessionTasks();
      waiting = reestablished;
      reestablished = new CompletableFuture<>();
    }
    // Outside the lock: the actions waiting for this session are sent again from here.
    waiting.complete(null);
    if (firstConnect != null) {
      firstConnect.complete(null);
    }
    LOG.info(
        "Logged in to {} as '{}' (AMI {}){}",
        transport.endpoint(),
        config.username(),
        version,
        reconnect ? " after reconnecting" : "");
  }

  private void attemptFailed(int attempt, RuntimeException failure) {
    synchronized (lock) {
      if (state == ConnectionState.CLOSED) {
        return;
      }
      if (attempt == 0) {
        LOG.warn("Cannot connect to {}: {}", transport.endpoint(), failure.getMessage());
        state = ConnectionState.NEW;
        firstConnect.completeExceptionally(failure);
        firstConnect = null;
      } else if (core.mayReconnect(attempt + 1)) {
        LOG.warn(
            "Reconnect attempt {} to {} failed: {}",
            attempt,
            transport.endpoint(),
            failure.getMessage());
        scheduleAttempt(attempt + 1);
      } else {
        LOG.error(
            "Giving up on {} after {} reconnect attempts; last failure: {}",
            transport.endpoint(),
            attempt,
            failure.getMessage());
        reestablished.completeExceptionally(failure);
        terminate();
      }
    }
  }

  /** Ends the session of {@code lostGeneration} if it is the current one. Holds the lock. */
  private void lost(long lostGeneration, AmiException cause) {
    if (state != ConnectionState.CONNECTED || lostGeneration != generation) {
      return;
    }
    stopSessionTasks();
    transport.dropSession();
    boolean reconnect = config.reconnect() && core.mayReconnect(1);
    // The state changes before listeners hear of it, so one that looks sees the new state.
    state = reconnect ? ConnectionState.RECONNECTING : state;
    if (announced) {
      announced = false;
      core.notifyListeners(listener -> listener.onDisconnected(cause));
    }
    if (reconnect) {
      LOG.warn("Session at {} lost: {}", transport.endpoint(), cause.getMessage());
      scheduleAttempt(1);
    } else {
      LOG.warn(
          "Session at {} lost: {}; not reconnecting", transport.endpoint(), cause.getMessage());
      reestablished.completeExceptionally(cause);
      terminate();
    }
  }

  /** Holds the lock. */
  private void scheduleAttempt(int attempt) {
    Duration delay = core.reconnectDelay(attempt);
    LOG.info(
        "Reconnecting to {} in {} ms (attempt {})",
        transport.endpoint(),
        delay.toMillis(),
        attempt);
    retry = connector.schedule(() -> attempt(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Polls for events, which also keeps the session alive; with {@code Events: off} (a poll would
   * turn events on) a Ping every half session lifetime keeps it instead. Holds the lock.
   */
  private void startSessionTasks() {
    if (!"off".equalsIgnoreCase(config.eventMask())) {
      poller = new WaitEventPoller(caller, core, transport, connector, config.pingTimeout(), this);
      poller.start();
      return;
    }
    long current = generation;
    keepalive =
        PingKeepalive.start(
            connector,
            caller,
            transport.sessionTimeout(),
            config.pingTimeout(),
            cause -> transportFailed(current, cause));
  }

  /** Holds the lock. */
  private void stopSessionTasks() {
    if (poller != null) {
      poller.stop();
      poller = null;
    }
    if (keepalive != null) {
      keepalive.cancel(false);
      keepalive = null;
    }
  }

  /** Final state: tells listeners, stops the threads. Holds the lock. */
  private void terminate() {
    state = ConnectionState.CLOSED;
    core.notifyListeners(ConnectionListener::onClosed);
    core.shutdown();
    connector.shutdownNow();
  }
}
