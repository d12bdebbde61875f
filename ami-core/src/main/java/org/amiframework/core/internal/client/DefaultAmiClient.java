package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.client.Subscription;

/**
 * The {@link AmiClient} implementation for every transport; not public API. It wires the parts
 * together: the {@link ConnectionSupervisor} keeps a logged-in {@link Session} open through the
 * transport's {@link SessionOpener}, actions go out on the session's {@link SessionLink} after the
 * checks every transport shares (a positive timeout, a session, the local write permissions), and
 * events come back through the {@link EventDispatcher} of the {@link ClientCore}.
 *
 * <p>Threads, all daemons named {@code ami-<name>-<role>}: {@code events} (delivers to listeners),
 * {@code connector} (connects, logs in, reconnects), {@code callback-N} (completes the futures
 * handed out, so callbacks never run on a transport's or the event thread), and the transport's
 * own: over TCP {@code reader} (one per connection: reads, frames, routes) and {@code timer}
 * (timeouts, keepalive).
 */
public final class DefaultAmiClient implements AmiClient {

  private final AmiClientConfig config;
  private final ClientCore core;
  private final ConnectionSupervisor supervisor;

  private DefaultAmiClient(AmiClientConfig config, Function<ClientCore, SessionOpener> transport) {
    this.config = Objects.requireNonNull(config, "config");
    this.core = new ClientCore(config);
    this.supervisor = new ConnectionSupervisor(config, core, transport.apply(core));
  }

  /** Creates a client over TCP/TLS; nothing touches the network before {@link #connect()}. */
  public static AmiClient create(AmiClientConfig config) {
    return new DefaultAmiClient(config, core -> new TcpSessionOpener(config, core.resources()));
  }

  /**
   * Creates a client over another transport, whose sessions {@code transport} opens with the
   * client's shared parts; nothing touches the network before {@link #connect()}.
   */
  public static AmiClient over(
      AmiClientConfig config, Function<ClientCore, SessionOpener> transport) {
    return new DefaultAmiClient(config, Objects.requireNonNull(transport, "transport"));
  }

  @Override
  public CompletableFuture<Void> connect() {
    return supervisor.connect();
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return send(action, config.actionTimeout());
  }

  /**
   * {@inheritDoc}
   *
   * <p>An action the server refused unrun because its session was gone ({@link
   * SessionGoneException}: an expired HTTP session) is sent once more, with a fresh timeout, as
   * soon as the next session is open.
   */
  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    Session session = supervisor.session();
    if (session == null) {
      return CompletableFuture.failedFuture(
          new ConnectionLostException(
              action.actionName()
                  + " not sent: not connected to "
                  + supervisor.endpoint()
                  + " (state "
                  + supervisor.state()
                  + ")"));
    }
    PermissionDeniedException refusal = session.permissions().refusal(action);
    if (refusal != null) {
      return CompletableFuture.failedFuture(refusal);
    }
    CompletableFuture<R> result = new CompletableFuture<>();
    session
        .link()
        .send(action, timeout)
        .whenComplete(
            (value, error) -> {
              Throwable cause = error == null ? null : Blocking.unwrap(error);
              if (cause instanceof SessionGoneException gone) {
                sendInNextSession(action, timeout, session.link(), gone, result);
              } else {
                settle(result, value, cause);
              }
            });
    return result;
  }

  private <R> void sendInNextSession(
      AmiAction<R> action,
      Duration timeout,
      SessionLink gone,
      SessionGoneException refusal,
      CompletableFuture<R> result) {
    supervisor
        .sessionAfter(gone)
        .whenComplete(
            (next, notReopened) -> {
              if (notReopened != null) {
                core.callbacks().fail(result, refusal.toPublic());
                return;
              }
              next.link()
                  .send(action, timeout)
                  .whenComplete((value, error) -> settle(result, value, error));
            });
  }

  /** Passes a link's outcome on; links complete on the callback pool, so this runs there. */
  private static <R> void settle(CompletableFuture<R> result, R value, Throwable error) {
    Throwable cause = error == null ? null : Blocking.unwrap(error);
    if (cause == null) {
      result.complete(value);
    } else if (cause instanceof SessionGoneException gone) {
      result.completeExceptionally(gone.toPublic()); // refused again: no second resend
    } else {
      result.completeExceptionally(cause);
    }
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    return core.resources().events().subscribe(listener);
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return core.resources().events().addConnectionListener(listener);
  }

  @Override
  public ConnectionState state() {
    return supervisor.state();
  }

  @Override
  public String amiVersion() {
    return supervisor.amiVersion();
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return supervisor.permissions().heldClasses();
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
    supervisor.close();
  }

  @Override
  public String toString() {
    return "AmiClient{" + config + ", state=" + supervisor.state() + "}";
  }
}
