package org.amiframework.runtime.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.Subscription;
import org.amiframework.runtime.AmiClientFactory;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.runtime.ServerLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The clients of the configured servers: made at startup, connected, listened to, closed. */
final class ServerConnections {

  private static final Logger LOG = LoggerFactory.getLogger(ServerConnections.class);

  private final Map<String, ServerLink> byName = new LinkedHashMap<>();
  private final List<Subscription> eventSubscriptions = new ArrayList<>();
  private final List<Subscription> lifecycleSubscriptions = new ArrayList<>();

  /** Makes one client per server; nothing touches the network yet. */
  ServerConnections(AmiSettings settings, AmiClientFactory factory) {
    for (AmiClientConfig config : settings.servers()) {
      AmiClient client = factory.create(config);
      if (client == null) {
        throw new IllegalStateException(factory + " made no client for server " + config.name());
      }
      byName.put(config.name(), new ServerLink(byName.size(), config.name(), client));
    }
  }

  List<ServerLink> links() {
    return List.copyOf(byName.values());
  }

  List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** The server of this name; IllegalArgumentException when there is none. */
  ServerLink link(String name) {
    ServerLink link = byName.get(name);
    if (link == null) {
      throw new IllegalArgumentException(
          "no server is named '" + name + "' (configured: " + byName.keySet() + ")");
    }
    return link;
  }

  /**
   * Subscribes the listener {@code events} makes for each server to its client's events, and hands
   * every connection change to {@code lifecycle}.
   */
  void listen(Function<ServerLink, EventListener> events, Consumer<ServerLifecycle> lifecycle) {
    for (ServerLink link : byName.values()) {
      lifecycleSubscriptions.add(
          link.client().addConnectionListener(new LifecycleForwarder(link.name(), lifecycle)));
      eventSubscriptions.add(link.client().subscribe(events.apply(link)));
    }
  }

  /**
   * Connects every client at once and waits for all logins.
   *
   * @throws AmiException naming each server that failed, with the first failure as cause
   */
  void connectAll() {
    Map<ServerLink, CompletableFuture<Void>> pending = new LinkedHashMap<>();
    byName.values().forEach(link -> pending.put(link, link.client().connect()));
    List<String> failed = new ArrayList<>();
    Throwable first = null;
    for (Map.Entry<ServerLink, CompletableFuture<Void>> e : pending.entrySet()) {
      AmiClientConfig config = e.getKey().client().config();
      // The client times its own connect; this bound only keeps a broken client from hanging us.
      Duration bound = config.connectTimeout().multipliedBy(2).plusSeconds(1);
      try {
        e.getValue().get(bound.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(
            "connected to server '{}' ({}:{})", e.getKey().name(), config.host(), config.port());
      } catch (ExecutionException | TimeoutException | InterruptedException ex) {
        if (ex instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
        first = first == null ? cause : first;
        failed.add(
            "server '"
                + e.getKey().name()
                + "' ("
                + config.host()
                + ":"
                + config.port()
                + "): "
                + cause);
      }
    }
    if (!failed.isEmpty()) {
      throw new AmiException("could not connect to " + String.join("; ", failed), first);
    }
  }

  /**
   * Unsubscribes from the clients' events (the lanes have stopped taking them already); the clients
   * stay open.
   */
  void stopEvents() {
    eventSubscriptions.forEach(Subscription::cancel);
  }

  /**
   * Closes every client (logging off).
   *
   * @param reportLifecycle whether observers hear the resulting disconnects; not while the
   *     container is being destroyed, as the observers may be gone already
   */
  void closeAll(boolean reportLifecycle) {
    if (!reportLifecycle) {
      lifecycleSubscriptions.forEach(Subscription::cancel);
    }
    for (ServerLink link : byName.values()) {
      try {
        link.client().close();
      } catch (RuntimeException e) {
        LOG.warn("closing the client of server '{}' failed", link.name(), e);
      }
    }
  }

  /** Turns a client's connection callbacks into lifecycle events carrying the server name. */
  private record LifecycleForwarder(String server, Consumer<ServerLifecycle> sink)
      implements ConnectionListener {

    @Override
    public void onConnected(String amiVersion) {
      sink.accept(new ServerLifecycle.Connected(server, amiVersion));
    }

    @Override
    public void onLoggedIn(boolean reconnect) {
      sink.accept(new ServerLifecycle.LoggedIn(server));
      if (reconnect) {
        sink.accept(new ServerLifecycle.Reconnected(server));
      }
    }

    @Override
    public void onDisconnected(Throwable cause) {
      sink.accept(new ServerLifecycle.Disconnected(server, cause));
    }

    @Override
    public void onClosed() {
      sink.accept(new ServerLifecycle.Closed(server));
    }
  }
}
