package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.fixtures.Recording;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several servers: events say where they came from, @Server selects and restricts. */
class MultiServerTest {

  @AmiHandler
  static class Routing extends Recording {
    @OnEvent
    void fromAny(TestHangup h, AmiClient connection) {
      record("any@" + connection.config().name());
    }

    @OnEvent
    @Server("pbx2")
    void fromPbx2Only(TestHangup h, AmiClient connection) {
      record("pbx2-only@" + connection.config().name());
    }
  }

  @ApplicationScoped
  static class Sender {
    @Inject
    @Server("pbx1")
    AmiClient pbx1;

    @Inject
    @Server("pbx2")
    AmiClient pbx2;

    AmiClient pbx1() {
      return pbx1;
    }

    AmiClient pbx2() {
      return pbx2;
    }
  }

  static TestApp app;

  @BeforeAll
  static void boot() {
    app = TestApp.start(TestApp.settings("pbx1", "pbx2").build(), Routing.class, Sender.class);
  }

  @AfterAll
  static void shutDown() {
    app.close();
  }

  @BeforeEach
  void reset() {
    app.clear(Routing.class);
  }

  @Test
  void eventsCarryTheirServerAndRestrictedHandlersSeeOnlyTheirs() {
    assertEquals(
        List.of("any@pbx1"), app.deliver("pbx1", Routing.class, TestHangup.of("Uniqueid", "1")));
    reset();
    assertEquals(
        List.of("any@pbx2", "pbx2-only@pbx2"),
        app.deliver("pbx2", Routing.class, TestHangup.of("Uniqueid", "2")));
  }

  @Test
  void publishingForAServerIsLikeThatServerSendingIt() {
    app.runtime().publish("pbx2", TestHangup.of()).join();
    assertEquals(List.of("any@pbx2", "pbx2-only@pbx2"), app.bean(Routing.class).seen());
    assertThrows(
        IllegalArgumentException.class, () -> app.runtime().publish("pbx3", TestHangup.of()));
  }

  @Test
  void serverQualifierInjectsThatServersClient() {
    Sender sender = app.bean(Sender.class);
    assertSame(app.clients().get("pbx1"), sender.pbx1());
    assertSame(app.clients().get("pbx2"), sender.pbx2());
    assertSame(app.clients().get("pbx2"), app.runtime().client("pbx2"));
    assertEquals(List.of("pbx1", "pbx2"), app.runtime().servers());
  }

  @Test
  void programmaticLookupBySelectingTheQualifier() {
    AmiClient pbx2 = app.app().container().select(AmiClient.class, Server.Literal.of("pbx2")).get();
    assertSame(app.clients().get("pbx2"), pbx2);
  }

  @ApplicationScoped
  static class AmbiguousInjection {
    @Inject AmiClient client;
  }

  @Test
  void plainClientInjectionWithSeveralServersFailsTheDeployment() {
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                TestApp.start(TestApp.settings("pbx1", "pbx2").build(), AmbiguousInjection.class)
                    .close());
    assertTrue(
        e.getMessage().contains(AmbiguousInjection.class.getName() + ".client")
            && e.getMessage().contains("without @Server"),
        e.getMessage());
  }
}
