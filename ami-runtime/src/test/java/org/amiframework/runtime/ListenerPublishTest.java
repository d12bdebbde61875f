package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestClient;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * An event a client listener publishes, on the client's delivery thread, is handled after the
 * events that thread delivered before it, though the runtime holds those back until the batch end.
 */
class ListenerPublishTest {

  @AmiHandler
  static class StepRecorder {
    private final List<String> steps = new CopyOnWriteArrayList<>();

    @OnEvent("Step")
    void step(AmiEvent event) {
      steps.add(event.header("N"));
    }

    List<String> steps() {
      return steps;
    }
  }

  private static AmiEvent step(int n) {
    return TestEvents.generic("Step", "Uniqueid", "call-1", "N", Integer.toString(n));
  }

  @Test
  void aPublishedEventDoesNotOvertakeTheEventsHeldForTheBatch() throws Exception {
    try (TestApp app = TestApp.start(StepRecorder.class)) {
      TestClient client = app.client();
      AtomicReference<CompletableFuture<Void>> published = new AtomicReference<>();
      // Subscribed after the runtime: it sees each event once the runtime has taken it.
      client.subscribe(
          event -> {
            if ("1".equals(event.header("N"))) {
              published.set(app.runtime().publish("default", step(2)));
            }
          });
      client.endBatch(); // the client ends batches: the runtime now holds events back
      client.push(step(0));
      client.push(step(1));
      // No batch end yet: the publish itself must have handed steps 0 and 1 on first.
      published.get().get(10, TimeUnit.SECONDS);
      assertEquals(List.of("0", "1", "2"), app.bean(StepRecorder.class).steps());
    }
  }
}
