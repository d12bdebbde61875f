package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestClient;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.internal.DefaultAmiRuntime;
import org.junit.jupiter.api.Test;

/** Shutdown stops intake, drains the lanes within a bound, then closes the clients. */
class ShutdownTest {

  /** What happened, in order, shared by the handler and the client's close hook. */
  static final List<String> LOG = new CopyOnWriteArrayList<>();

  static final CountDownLatch GATE = new CountDownLatch(1);

  @AmiHandler
  static class GatedHandler {
    @OnEvent
    void onHangup(TestHangup h) throws InterruptedException {
      GATE.await(10, TimeUnit.SECONDS);
      LOG.add("handled " + h.header("Uniqueid"));
    }
  }

  @Test
  void queuedEventsAreHandledBeforeTheClientsClose() throws Exception {
    TestApp app = TestApp.start(GatedHandler.class);
    TestClient client = app.client();
    client.onClose(() -> LOG.add("closed"));
    RuntimeMetrics metrics = app.runtime().metrics();
    for (int i = 0; i < 300; i++) {
      client.push(TestHangup.of("Uniqueid", "call-" + (i % 7)));
    }
    CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
    GATE.countDown();
    closing.get(20, TimeUnit.SECONDS);

    assertEquals(301, LOG.size());
    assertEquals("closed", LOG.get(300));
    assertEquals(1, client.closeCount());
    assertEquals(0, client.subscriberCount(), "still subscribed after shutdown");
    assertEquals(301, metrics.eventsDispatched(), "300 Hangups and the FullyBooted of the login");
    assertEquals(0, metrics.eventsDiscarded());
    assertFalse(app.app().isRunning());
  }

  static final CountDownLatch NEVER = new CountDownLatch(1);

  @AmiHandler
  static class StuckHandler {
    @OnEvent
    void onHangup(TestHangup h) throws InterruptedException {
      NEVER.await(); // interrupted by the shutdown once its timeout runs out
    }
  }

  @Test
  void drainingIsBoundedByTheShutdownTimeout() {
    AmiSettings settings =
        TestApp.settings("default").shutdownTimeout(Duration.ofMillis(200)).build();
    TestApp app = TestApp.start(settings, StuckHandler.class);
    RuntimeMetrics metrics = app.runtime().metrics();
    List<CompletableFuture<Void>> published =
        List.of(
            app.runtime().publish("default", TestHangup.of("Uniqueid", "same-call")),
            app.runtime().publish("default", TestHangup.of("Uniqueid", "same-call")),
            app.runtime().publish("default", TestHangup.of("Uniqueid", "same-call")));
    TestClient client = app.client();

    app.close();

    assertEquals(1, client.closeCount());
    assertEquals(2, metrics.eventsDiscarded(), "the two events behind the stuck one");
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> published.get(2).get(5, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof RejectedExecutionException, e.toString());
  }

  @Test
  void eventsAfterTheRuntimeStoppedAreRefusedAndCounted() {
    try (TestApp app = TestApp.start(GatedHandler.class)) {
      app.bean(DefaultAmiRuntime.class).stop();
      CompletableFuture<Void> late = app.runtime().publish("default", TestHangup.of());
      ExecutionException e =
          assertThrows(ExecutionException.class, () -> late.get(5, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof RejectedExecutionException, e.toString());
      assertEquals(1, app.runtime().metrics().eventsDiscarded());
      assertEquals(1, app.client().closeCount());
    }
  }
}
