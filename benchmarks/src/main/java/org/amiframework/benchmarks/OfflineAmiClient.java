package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.Subscription;

/**
 * A client that never touches the network, for benchmarks that drive the runtime through {@link
 * org.amiframework.runtime.AmiRuntime#publish}: connecting succeeds at once, no event ever comes
 * from it, and sending an action fails (no benchmarked handler sends one).
 */
final class OfflineAmiClient implements AmiClient {

  private final AmiClientConfig config;
  private volatile ConnectionState state = ConnectionState.NEW;

  OfflineAmiClient(AmiClientConfig config) {
    this.config = config;
  }

  @Override
  public CompletableFuture<Void> connect() {
    state = ConnectionState.CONNECTED;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return send(action, config.actionTimeout());
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException("the offline benchmark client sends nothing"));
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    return () -> {};
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return () -> {};
  }

  @Override
  public ConnectionState state() {
    return state;
  }

  @Override
  public String amiVersion() {
    return null;
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return Set.of();
  }

  @Override
  public ClientMetrics metrics() {
    throw new UnsupportedOperationException("the offline benchmark client keeps no metrics");
  }

  @Override
  public AmiClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    state = ConnectionState.CLOSED;
  }
}
