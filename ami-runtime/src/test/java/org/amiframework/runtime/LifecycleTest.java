package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.fixtures.TestApp;
import org.junit.jupiter.api.Test;

/** Connection changes arrive as CDI events; FullyBooted arrives like any event. */
class LifecycleTest {

  /** Outlives the container, to see what is fired while it shuts down. */
  static final List<ServerLifecycle> SEEN = new CopyOnWriteArrayList<>();

  @ApplicationScoped
  static class Watcher {
    private final List<String> reconnects = new CopyOnWriteArrayList<>();

    void any(@Observes ServerLifecycle change) {
      SEEN.add(change);
    }

    void reconnected(@Observes ServerLifecycle.Reconnected change) {
      reconnects.add(change.server());
    }

    List<String> reconnects() {
      return reconnects;
    }
  }

  @AmiHandler
  static class Booted {
    private final List<String> booted = new CopyOnWriteArrayList<>();

    @OnEvent("FullyBooted")
    void booted(AmiEvent event, AmiClient connection) {
      booted.add(connection.config().name() + ":" + event.header("Status"));
    }

    List<String> booted() {
      return booted;
    }
  }

  @Test
  void connectDropReconnectAndClose() {
    SEEN.clear();
    IOException reset = new IOException("connection reset");
    TestApp app = TestApp.start(Watcher.class, Booted.class);
    try {
      assertEquals(
          List.of(
              new ServerLifecycle.Connected("default", "11.0.0"),
              new ServerLifecycle.LoggedIn("default")),
          SEEN);
      app.flush();
      assertEquals(List.of("default:Fully Booted"), app.bean(Booted.class).booted());

      app.client().dropAndReconnect(reset);
      assertEquals(List.of("default"), app.bean(Watcher.class).reconnects());
    } finally {
      app.close();
    }
    assertEquals(
        List.of(
            new ServerLifecycle.Connected("default", "11.0.0"),
            new ServerLifecycle.LoggedIn("default"),
            new ServerLifecycle.Disconnected("default", reset),
            new ServerLifecycle.Connected("default", "11.0.0"),
            new ServerLifecycle.LoggedIn("default"),
            new ServerLifecycle.Reconnected("default"),
            new ServerLifecycle.Disconnected("default", null),
            new ServerLifecycle.Closed("default")),
        SEEN);
    assertSame(reset, ((ServerLifecycle.Disconnected) SEEN.get(2)).failure().orElseThrow());
  }
}
