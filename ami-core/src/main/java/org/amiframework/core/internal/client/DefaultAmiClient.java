package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * The {@link AmiClient} implementation; not public API. It wires the parts together: the {@link
 * ConnectionSupervisor} keeps a logged-in {@link Session}, actions go out through its {@link
 * Connection} after a local write-permission check, and events come back through the {@link
 * EventDispatcher}.
 *
 * <p>Threads, all daemons named {@code ami-<name>-<role>}: {@code reader} (one per connection:
 * reads, frames, routes), {@code events} (delivers to listeners), {@code timer} (timeouts,
 * keepalive), {@code connector} (connects, logs in, reconnects), {@code callback-N} (completes the
 * futures handed out, so callbacks never run on the reader or the event thread).
 */
public final class DefaultAmiClient implements AmiClient {

  private final AmiClientConfig config;
  private final ClientCounters counters = new ClientCounters();
  private final ClientResources resources;
  private final ConnectionSupervisor supervisor;

  private DefaultAmiClient(AmiClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.resources =
        new ClientResources(
            counters,
            new ActionIds(),
            ClientThreads.scheduler(config.name(), "timer"),
            ClientThreads.scheduler(config.name(), "connector"),
            new CallbackExecutor(config.name()),
            new EventDispatcher(
                config.name(),
                config.eventQueueCapacity(),
                config.overflowPolicy(),
                config.bindings(),
                counters));
    this.supervisor = new ConnectionSupervisor(config, resources);
  }

  /** Creates the client; nothing touches the network before {@link #connect()}. */
  public static AmiClient create(AmiClientConfig config) {
    return new DefaultAmiClient(config);
  }

  @Override
  public CompletableFuture<Void> connect() {
    return supervisor.connect();
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return send(action, config.actionTimeout());
  }

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
                  + SocketOpener.endpoint(config)
                  + " (state "
                  + supervisor.state()
                  + ")"));
    }
    PermissionDeniedException refusal = session.permissions().refusal(action);
    if (refusal != null) {
      return CompletableFuture.failedFuture(refusal);
    }
    return session.connection().send(action, timeout);
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    return resources.events().subscribe(listener);
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return resources.events().addConnectionListener(listener);
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
    return counters;
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
