package org.amiframework.core.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.PrivilegeClass;

/**
 * A connection to one Asterisk server over AMI: it logs in, keeps the connection alive, reconnects,
 * correlates actions with their responses and hands events to listeners off the reading thread.
 *
 * <pre>{@code
 * try (AmiClient ami = AmiClient.create(AmiClientConfig.builder()
 *     .host("pbx.example.org").username("app").secret(secret).build())) {
 *   ami.connect().join();
 *   ami.subscribe(event -> System.out.println(event.name()));
 *   CommandResult r = ami.send(GenericAction.command("core show uptime")).join();
 * }
 * }</pre>
 */
public interface AmiClient extends AutoCloseable {

  /**
   * A client for this configuration: over TCP/TLS, or over HTTP when the configuration names an
   * {@link AmiClientConfig#httpEndpoint() HTTP endpoint}. Nothing happens on the network until
   * {@link #connect()}.
   */
  static AmiClient create(AmiClientConfig config) {
    return config.httpEndpoint() != null
        ? org.amiframework.core.internal.http.HttpAmiClient.create(config)
        : org.amiframework.core.internal.client.DefaultAmiClient.create(config);
  }

  /**
   * Connects and logs in. Completes when the login is accepted; fails with {@link
   * AuthenticationException} for bad credentials, {@link AmiConnectException} when the server
   * cannot be reached, {@link AmiTimeoutException} on timeouts. A failed first connect is not
   * retried automatically and {@code connect()} may be called again. After a successful connect the
   * client reconnects by itself (if configured) until {@link #close()}; every {@link
   * ConnectionListener#onConnected} is followed by exactly one {@link
   * ConnectionListener#onDisconnected}.
   */
  CompletableFuture<Void> connect();

  /**
   * Sends an action with the configured default timeout. The future fails with {@link
   * AmiActionException} when Asterisk answers {@code Response: Error}, with {@link
   * PermissionDeniedException} when the action needs a write class the user lacks (checked locally
   * when known), {@link AmiTimeoutException} on timeout, and {@link ConnectionLostException} when
   * the connection drops first.
   */
  <R> CompletableFuture<R> send(AmiAction<R> action);

  /** Sends an action with its own timeout. */
  <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout);

  /** Sends and waits: the blocking convenience; rethrows the failure unwrapped. */
  default <R> R sendAndWait(AmiAction<R> action) {
    return AmiClientSupport.await(send(action));
  }

  /** Receives every event the server sends, typed by the configured bindings. */
  Subscription subscribe(EventListener listener);

  /** Registers a listener of connection lifecycle changes. */
  Subscription addConnectionListener(ConnectionListener listener);

  /** The current state. */
  ConnectionState state();

  /** The AMI version from the server's greeting ({@code 11.0.0}), or null before connecting. */
  String amiVersion();

  /**
   * The write classes the logged-in user holds, as learned from ListCommands after login or from
   * configuration; empty while unknown (then no local check is made).
   */
  Set<PrivilegeClass> writeClasses();

  /** Counters of what the client did (events received, dropped, reconnects, ...). */
  ClientMetrics metrics();

  /** The configuration this client was created with. */
  AmiClientConfig config();

  /** Logs off (when connected), fails pending actions, stops reconnecting, closes the socket. */
  @Override
  void close();
}
