package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestEvents;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.internal.DefaultAmiRuntime;
import org.junit.jupiter.api.Test;

/**
 * With {@code ami.lanes=1} the thread handing an event over runs its handlers (no lane thread), and
 * the guarantees of one lane hold: one handler at a time, in hand-over order, across servers.
 */
class OneLaneTest {

  @AmiHandler
  static class Recorder {
    @Inject AmiRuntime runtime;
    final List<String> log = new CopyOnWriteArrayList<>();
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger mostInside = new AtomicInteger();

    @OnEvent("Step")
    void step(AmiEvent event) throws InterruptedException {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      String name = event.header("Name");
      log.add("start " + name + " on " + Thread.currentThread().getName());
      if (name.startsWith("publishing")) {
        runtime.publish("default", TestEvents.generic("Step", "Name", "published"));
      }
      Thread.sleep(1); // lets another server's thread try to overlap
      log.add("end " + name + (DefaultAmiRuntime.onHandlerThread() ? "" : " (not a handler?)"));
      inside.decrementAndGet();
    }

    List<String> log() {
      return log;
    }

    int mostInside() {
      return mostInside.get();
    }
  }

  private static AmiSettings oneLane(String... servers) {
    return TestApp.settings(servers).lanes(1).build();
  }

  @Test
  void theHandingOverThreadRunsTheHandlersAndPublishedEventsFollowTheCurrentOne()
      throws InterruptedException {
    try (TestApp app = TestApp.start(oneLane("default"), Recorder.class)) {
      Thread pusher =
          new Thread(
              () -> {
                app.client().push(TestEvents.generic("Step", "Name", "publishing"));
                app.client().push(TestEvents.generic("Step", "Name", "next"));
              },
              "pusher");
      pusher.start();
      pusher.join(10_000);
      assertEquals(
          List.of(
              "start publishing on pusher",
              "end publishing",
              "start published on pusher",
              "end published",
              "start next on pusher",
              "end next"),
          app.bean(Recorder.class).log(),
          "handled before push returned, the published event right after its publisher");
    }
  }

  @Test
  void handlersOfSeveralServersStillRunOneAtATime() throws Exception {
    try (TestApp app = TestApp.start(oneLane("pbx1", "pbx2"), Recorder.class)) {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<Void>> pushers =
          List.of("pbx1", "pbx2").stream()
              .map(
                  server ->
                      CompletableFuture.runAsync(
                          () -> {
                            await(go);
                            for (int i = 0; i < 50; i++) {
                              app.clients()
                                  .get(server)
                                  .push(TestEvents.generic("Step", "Name", server + i));
                            }
                          }))
              .toList();
      go.countDown();
      CompletableFuture.allOf(pushers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      app.flush();
      Recorder recorder = app.bean(Recorder.class);
      assertEquals(200, recorder.log().size());
      assertEquals(1, recorder.mostInside(), "two handlers ran at once");
    }
  }

  static final CountDownLatch NEVER = new CountDownLatch(1);

  @AmiHandler
  static class StuckHandler {
    final CountDownLatch entered = new CountDownLatch(1);
    volatile boolean interrupted;

    @OnEvent
    void onHangup(TestHangup h) {
      entered.countDown();
      try {
        NEVER.await();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }

    boolean enteredWithin(long seconds) throws InterruptedException {
      return entered.await(seconds, TimeUnit.SECONDS);
    }

    boolean interrupted() {
      return interrupted;
    }
  }

  @Test
  void shutdownInterruptsAHandlerStuckPastTheTimeoutAndRefusesWhatComesAfter() throws Exception {
    AmiSettings settings =
        TestApp.settings("default").lanes(1).shutdownTimeout(Duration.ofMillis(200)).build();
    TestApp app = TestApp.start(settings, StuckHandler.class);
    StuckHandler handler = app.bean(StuckHandler.class);
    CompletableFuture<Void> stuck =
        CompletableFuture.runAsync(() -> app.client().push(TestHangup.of("Uniqueid", "1")));
    assertTrue(handler.enteredWithin(10));
    DefaultAmiRuntime runtime = app.bean(DefaultAmiRuntime.class);
    try {
      runtime.stop();

      stuck.get(10, TimeUnit.SECONDS);
      assertTrue(handler.interrupted(), "the handler was not interrupted");
      ExecutionException refused =
          assertThrows(
              ExecutionException.class,
              () -> runtime.publish("default", TestHangup.of()).get(5, TimeUnit.SECONDS));
      assertTrue(refused.getCause() instanceof RejectedExecutionException, refused.toString());
    } finally {
      app.close();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
