package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.fixtures.TestClient;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.internal.AmiExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * A container booted without {@link AmiApplication}: settings from {@code ami.properties}, bindings
 * from ServiceLoader, the client factory from a CDI bean, shutdown through the container.
 */
class PlainWeldBootTest {

  @ApplicationScoped
  static class FactoryBean implements AmiClientFactory {
    private final List<TestClient> made = new CopyOnWriteArrayList<>();

    @Override
    public AmiClient create(AmiClientConfig config) {
      TestClient client = new TestClient(config);
      made.add(client);
      return client;
    }

    List<TestClient> made() {
      return made;
    }
  }

  @AmiHandler
  static class Handler {
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @OnEvent
    void onHangup(TestHangup hangup) {
      seen.add(hangup.header("Uniqueid"));
    }

    List<String> seen() {
      return seen;
    }
  }

  @Test
  void runsWithTheDefaultsOfEveryExtensionPoint() {
    TestClient client;
    try (WeldContainer container =
        new Weld("plain-" + UUID.randomUUID())
            .disableDiscovery()
            .addExtension(new AmiExtension())
            .addBeanClasses(FactoryBean.class, Handler.class)
            .initialize()) {
      List<TestClient> made = container.select(FactoryBean.class).get().made();
      assertEquals(1, made.size());
      client = made.get(0);
      AmiClientConfig config = client.config();
      assertEquals("pbx.test.invalid", config.host());
      assertEquals("file-user", config.username());
      assertEquals("call", config.eventMask(), "auto, derived from the one Hangup handler");
      assertEquals(
          "test bindings", config.bindings().event("Hangup") == null ? "" : "test bindings");

      client.push(TestHangup.of("Uniqueid", "42"));
      container.select(AmiRuntime.class).get().flush().join();
      assertEquals(List.of("42"), container.select(Handler.class).get().seen());
    }
    assertEquals(1, client.closeCount(), "closed when the container shut down");
  }
}
