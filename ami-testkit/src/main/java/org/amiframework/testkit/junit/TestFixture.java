package org.amiframework.testkit.junit;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiClientFactory;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.junit.internal.LifecycleRecorder;
import org.amiframework.testkit.junit.internal.ObservedClient;
import org.jboss.weld.proxy.WeldClientProxy;

/**
 * One fake Asterisk and one booted application connected to it, for one test method or one test
 * class: started by {@link #start}, torn down by {@link #close} (the application first, logging
 * off, then the fake).
 */
final class TestFixture implements AutoCloseable {

  /** How long a settle may take before the test fails: generous, it normally takes milliseconds. */
  static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

  private final FixtureOptions options;
  private final FakeAsterisk fake;
  private final ReceivedEvents events = new ReceivedEvents();
  private final AtomicReference<ObservedClient> client = new AtomicReference<>();
  private AmiApplication app;

  private TestFixture(FixtureOptions options, FakeAsterisk fake) {
    this.options = options;
    this.fake = fake;
  }

  /** Starts the fake, then the application, and waits until it has logged in. */
  static TestFixture start(FixtureOptions options) {
    FakeAsterisk fake = options.startFake();
    TestFixture fixture = new TestFixture(options, fake);
    try {
      fixture.boot();
    } catch (RuntimeException | Error e) {
      fake.close();
      throw e;
    }
    return fixture;
  }

  private void boot() {
    FakeUser user = options.loginUser(fake);
    AmiClientConfig.Builder server =
        AmiClientConfig.builder()
            .name(AmiSettings.DEFAULT_SERVER)
            .username(user.name())
            .secret(user.secret())
            .connectTimeout(Duration.ofSeconds(5))
            .actionTimeout(Duration.ofSeconds(10))
            .pingInterval(Duration.ZERO)
            .reconnectInitialDelay(Duration.ofMillis(20))
            .reconnectMaxDelay(Duration.ofMillis(200));
    Transport transport = options.transport();
    if (transport == Transport.TCP) {
      server.host(fake.host()).port(fake.port());
    } else if (transport.httpUri() != null) {
      server.httpEndpoint(fake.httpEndpoint(transport.httpUri()));
    }
    if (!options.config().events().isEmpty()) {
      server.eventMask(options.config().events());
    }
    List<Class<?>> beans = new ArrayList<>(options.beans());
    beans.add(LifecycleRecorder.class);
    AmiApplication.Builder builder =
        AmiApplication.builder()
            .disableDiscovery()
            .settings(
                AmiSettings.builder()
                    .server(server.build())
                    .lanes(2)
                    .shutdownTimeout(Duration.ofSeconds(5))
                    .build())
            .clientFactory(clientFactory())
            .beanClasses(beans.toArray(Class<?>[]::new));
    if (options.bindings() != null) {
      builder.bindings(options.bindings());
    }
    app = builder.start();
    fake.afterEachEmit(this::settle);
  }

  private AmiClientFactory clientFactory() {
    return config -> {
      Transport transport = options.transport();
      AmiClient real =
          transport == Transport.DIRECT ? fake.inMemoryClient(config) : AmiClient.create(config);
      ObservedClient observed =
          new ObservedClient(real, events::record, transport.httpUri() != null);
      client.set(observed);
      return observed;
    };
  }

  /**
   * Waits until the application has handled every event the fake sent so far (its scheduled
   * emissions that are due included) and the fake has received every action the handlers sent
   * meanwhile. Does nothing on a handler's thread (it would wait for itself) and skips the round
   * trips while the fake reads nothing or the application is disconnected.
   *
   * @throws AssertionError when that takes longer than {@link #SETTLE_TIMEOUT}
   */
  void settle() {
    try {
      // flush() refuses a handler's thread and a runtime not started: neither can wait here.
      app.runtime().flush();
    } catch (IllegalStateException cannotWaitHere) {
      return;
    }
    try {
      fake.awaitScheduledEvents(SETTLE_TIMEOUT);
      boolean connected = roundTrip();
      app.runtime().flush().get(SETTLE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
      if (connected) {
        roundTrip();
      }
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the application did not finish handling the emitted events within "
              + SETTLE_TIMEOUT
              + " (a handler blocked? a session stalled?)",
          e);
    } catch (ExecutionException e) {
      throw new AssertionError("waiting for the handlers failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the handlers", e);
    }
  }

  private boolean roundTrip() throws TimeoutException, InterruptedException {
    return !fake.faults().readingStalled() && client.get().probe(SETTLE_TIMEOUT);
  }

  FixtureOptions options() {
    return options;
  }

  FakeAsterisk fake() {
    return fake;
  }

  AmiApplication application() {
    return app;
  }

  AmiClient client() {
    return client.get();
  }

  ReceivedEvents events() {
    return events;
  }

  /** A bean by type and qualifiers; the contextual instance behind a client proxy. */
  <T> T bean(Class<T> type, Annotation... qualifiers) {
    Object reference = app.container().select(type, qualifiers).get();
    if (reference instanceof WeldClientProxy proxy) {
      // A proxy's fields are its own, not the bean's: tests reading state would see nothing.
      return type.cast(proxy.getMetadata().getContextualInstance());
    }
    return type.cast(reference);
  }

  LifecycleRecorder lifecycle() {
    return app.container().select(LifecycleRecorder.class).get();
  }

  @Override
  public void close() {
    fake.afterEachEmit(null);
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      fake.close();
    }
  }
}
