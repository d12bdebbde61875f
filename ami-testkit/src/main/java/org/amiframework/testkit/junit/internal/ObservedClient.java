package org.amiframework.testkit.junit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.Subscription;
import org.amiframework.testkit.internal.Probe;

/**
 * The application's client as the JUnit extension hands it to the runtime: the real one (TCP or
 * in-memory) with two additions. It records every event it delivers, and it can run a {@link Probe}
 * round trip, whose event it hides from every listener. Its own listener is subscribed before any
 * other, and a client calls its listeners one event at a time in order; so when that listener sees
 * the probe's event, every listener has finished with every event before it.
 */
public final class ObservedClient implements AmiClient {

  private final AmiClient delegate;
  private final Consumer<AmiEvent> recorder;
  private final boolean concurrentRequests;
  private final Map<String, CompletableFuture<Void>> probes = new ConcurrentHashMap<>();
  private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicLong tokens = new AtomicLong();

  /**
   * Wraps {@code delegate}, handing every event it delivers to {@code recorder} first.
   *
   * @param concurrentRequests whether the client sends its actions as concurrent requests (over
   *     HTTP), so that the probe's answer says nothing of the actions sent before it
   */
  public ObservedClient(
      AmiClient delegate, Consumer<AmiEvent> recorder, boolean concurrentRequests) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.recorder = Objects.requireNonNull(recorder, "recorder");
    this.concurrentRequests = concurrentRequests;
    delegate.subscribe(this::observe);
  }

  private void observe(AmiEvent event) {
    String token = Probe.tokenOf(event.message());
    if (token == null) {
      recorder.accept(event);
      return;
    }
    CompletableFuture<Void> waiting = probes.remove(token);
    if (waiting != null) {
      waiting.complete(null);
    }
  }

  /**
   * Sends a probe and waits until its event has passed every listener: then every event the fake
   * wrote (over HTTP: queued) before has been delivered, and every action sent before has been
   * handled by the fake. Over HTTP, where each action is a request of its own, it first waits for
   * the replies of the actions in flight; with {@code Events: off} no {@code WaitEvent} would carry
   * the probe's event, so its response ends the wait there.
   *
   * @return false when the client is not connected (nothing can be in flight)
   * @throws TimeoutException when the round trip takes longer than {@code timeout}
   */
  public boolean probe(Duration timeout) throws TimeoutException, InterruptedException {
    if (delegate.state() != ConnectionState.CONNECTED) {
      return false;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    if (concurrentRequests) {
      awaitInFlight(deadline);
    }
    String token = Long.toString(tokens.incrementAndGet());
    CompletableFuture<Void> seen = new CompletableFuture<>();
    probes.put(token, seen);
    try {
      delegate
          .send(GenericAction.named(Probe.NAME).with(Probe.TOKEN, token), timeout)
          .get(left(deadline), TimeUnit.NANOSECONDS);
      if (!concurrentRequests || !"off".equalsIgnoreCase(delegate.config().eventMask())) {
        seen.get(left(deadline), TimeUnit.NANOSECONDS);
      }
      return true;
    } catch (ExecutionException lostMeanwhile) {
      return false;
    } finally {
      probes.remove(token);
    }
  }

  /** Waits for the outcome (reply, failure or timeout) of every action in flight now. */
  private void awaitInFlight(long deadline) throws TimeoutException, InterruptedException {
    for (CompletableFuture<?> action : List.copyOf(inFlight)) {
      try {
        action.get(left(deadline), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | CancellationException failedIsDone) {
        // Its outcome is in: the fake has had it, or never will.
      }
    }
  }

  private static long left(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private <R> CompletableFuture<R> tracked(CompletableFuture<R> sent) {
    if (concurrentRequests && !sent.isDone()) {
      inFlight.add(sent);
      sent.whenComplete((result, failure) -> inFlight.remove(sent));
    }
    return sent;
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    Objects.requireNonNull(listener, "listener");
    return delegate.subscribe(
        new EventListener() {
          @Override
          public void onEvent(AmiEvent event) {
            if (Probe.tokenOf(event.message()) == null) {
              listener.onEvent(event);
            }
          }

          @Override
          public void onBatchEnd() {
            listener.onBatchEnd(); // the runtime hands on what it holds for the batch here
          }
        });
  }

  @Override
  public CompletableFuture<Void> connect() {
    return delegate.connect();
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return tracked(delegate.send(action));
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    return tracked(delegate.send(action, timeout));
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return delegate.addConnectionListener(listener);
  }

  @Override
  public ConnectionState state() {
    return delegate.state();
  }

  @Override
  public String amiVersion() {
    return delegate.amiVersion();
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return delegate.writeClasses();
  }

  @Override
  public ClientMetrics metrics() {
    return delegate.metrics();
  }

  @Override
  public AmiClientConfig config() {
    return delegate.config();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
