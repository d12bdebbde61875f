package org.amiframework.runtime.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.runtime.AmiClientFactory;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.HandlerErrorListener;
import org.amiframework.runtime.RuntimeMetrics;
import org.amiframework.runtime.ServerLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime bean. Made when first needed, it creates the clients; on the container's {@link
 * Startup} it binds the handlers to their beans, starts the lanes, subscribes and connects every
 * server. {@link #stop} (from {@link org.amiframework.runtime.AmiApplication} or, failing that,
 * {@link PreDestroy}) stops accepting events, drains the lanes within the shutdown timeout and
 * closes the clients.
 */
@ApplicationScoped
public class DefaultAmiRuntime implements AmiRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultAmiRuntime.class);

  private enum State {
    CREATED,
    STARTED,
    STOPPED
  }

  @Inject BeanManager beanManager;
  @Inject Event<ServerLifecycle> lifecycle;

  private final Object lock = new Object();
  private final DispatchMetrics metrics = new DispatchMetrics();
  private Deployment deployment;
  private ServerConnections servers;
  private volatile Lanes lanes;
  private State state = State.CREATED;

  @PostConstruct
  void createClients() {
    deployment = beanManager.getExtension(AmiExtension.class).deployment();
    servers = new ServerConnections(deployment.settings(), clientFactory());
  }

  void startOnBoot(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
    start();
  }

  /** Binds handlers, starts the lanes, subscribes and connects; once. */
  void start() {
    synchronized (lock) {
      if (state != State.CREATED) {
        return;
      }
      List<BoundHandler> bound = new ArrayList<>();
      for (Handler h : deployment.handlers()) {
        bound.add(new BoundHandler(h, HandlerTargets.of(beanManager, h.method().bean())));
      }
      List<HandlerErrorListener> errorListeners =
          beanManager
              .createInstance()
              .select(HandlerErrorListener.class, Any.Literal.INSTANCE)
              .stream()
              .toList();
      DispatchTable table = new DispatchTable(bound, servers.links());
      Lanes started =
          new Lanes(
              deployment.settings().lanes(),
              deployment.settings().laneCapacity(),
              new Dispatcher(table, errorListeners, metrics),
              metrics);
      started.start();
      lanes = started;
      servers.listen(started::feed, this::fire);
      state = State.STARTED;
    }
    servers.connectAll();
  }

  /**
   * Stops accepting events, drains the lanes (bounded by the shutdown timeout), closes the clients.
   * Idempotent.
   */
  public void stop() {
    stop(true);
  }

  @PreDestroy
  void stopWithContainer() {
    stop(false);
  }

  private void stop(boolean reportLifecycle) {
    synchronized (lock) {
      if (state == State.STOPPED) {
        return;
      }
      state = State.STOPPED;
    }
    Lanes current = lanes;
    if (current != null) {
      // The lanes stop taking events first; the listeners stay until what their feeds hold has
      // been handed on, at the clients' next batch end.
      current.shutdown(deployment.settings().shutdownTimeout());
    }
    servers.stopEvents();
    servers.closeAll(reportLifecycle);
    LOG.info("AMI runtime stopped: {}", metrics);
  }

  /** Whether the current thread is a lane running handlers. */
  public static boolean onHandlerThread() {
    return Lanes.onLaneThread();
  }

  @Override
  public List<String> servers() {
    return servers.names();
  }

  @Override
  public AmiClient client(String server) {
    return servers.link(server).client();
  }

  @Override
  public CompletableFuture<Void> publish(String server, AmiEvent event) {
    ServerLink link = servers.link(server);
    AmiEvent typed =
        event instanceof GenericEvent && deployment.bindings().event(event.name()) != null
            ? deployment.bindings().decodeEvent(event.message())
            : event;
    Delivery d = new Delivery(link, typed, new CompletableFuture<>());
    Lanes current = startedLanes();
    current.handOnHeld(); // published from a client listener: after the events delivered before
    if (!current.submit(d)) {
      d.done()
          .completeExceptionally(
              new RejectedExecutionException(
                  Lanes.onLaneThread()
                      ? "the event's lane is full; a handler cannot wait for its own lane"
                      : "the AMI runtime is shutting down"));
    }
    return d.done();
  }

  @Override
  public CompletableFuture<Void> publish(String server, AmiMessage event) {
    if (event.kind() != MessageKind.EVENT) {
      throw new IllegalArgumentException("not an event (its first header is not Event:): " + event);
    }
    return publish(server, deployment.bindings().decodeEvent(event));
  }

  @Override
  public CompletableFuture<Void> flush() {
    return startedLanes().flush();
  }

  @Override
  public RuntimeMetrics metrics() {
    return metrics;
  }

  private Lanes startedLanes() {
    Lanes current = lanes;
    if (current == null) {
      throw new IllegalStateException("the AMI runtime has not started yet");
    }
    return current;
  }

  private void fire(ServerLifecycle change) {
    LOG.debug("{}", change);
    try {
      lifecycle.fire(change);
    } catch (RuntimeException e) {
      LOG.error("an observer of {} failed", change, e);
    }
  }

  private AmiClientFactory clientFactory() {
    if (deployment.clientFactory() != null) {
      return deployment.clientFactory();
    }
    Instance<AmiClientFactory> beans = beanManager.createInstance().select(AmiClientFactory.class);
    if (beans.isAmbiguous()) {
      throw new IllegalStateException(
          "several beans implement AmiClientFactory; keep one or mark one @Alternative @Priority");
    }
    return beans.isResolvable() ? beans.get() : AmiClient::create;
  }
}
