package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.fixtures.ChannelEvent;
import org.amiframework.runtime.fixtures.Recording;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestEvents;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.fixtures.TestNewchannel;
import org.amiframework.runtime.fixtures.TestPeerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which handler receives which event: exact types, supertypes, generic events, name patterns. */
class EventTypeRoutingTest {

  @AmiHandler
  static class Handlers extends Recording {

    @OnEvent
    void hangup(TestHangup hangup) {
      record("exact:" + hangup.name() + ":" + hangup.cause());
    }

    @OnEvent
    void channel(ChannelEvent event) {
      record("supertype:" + event.name());
    }

    @OnEvent("Queue*")
    void queue(AmiEvent event) {
      record("pattern:" + event.name());
    }

    @OnEvent({"*Booted", "Peer*"})
    void several(AmiEvent event, AmiClient connection) {
      record("patterns:" + event.name() + "@" + connection.config().name());
    }

    @OnEvent
    void unknownOnly(GenericEvent event) {
      record("generic:" + event.name());
    }

    @OnEvent
    void everything(AbstractAmiEvent event) {
      record("all:" + event.name());
    }
  }

  static TestApp app;

  @BeforeAll
  static void boot() {
    app = TestApp.start(Handlers.class);
  }

  @AfterAll
  static void shutDown() {
    app.close();
  }

  @BeforeEach
  void reset() {
    app.clear(Handlers.class);
  }

  private List<String> after(AmiEvent event) {
    return app.deliver(Handlers.class, event);
  }

  @Test
  void typedEventReachesExactSupertypeAndCatchAllHandlers() {
    assertEquals(
        List.of("all:Hangup", "exact:Hangup:16", "supertype:Hangup"),
        after(TestHangup.of("Channel", "SIP/1", "Cause", "16")));
  }

  @Test
  void otherSubtypeReachesOnlySupertypeAndCatchAll() {
    assertEquals(
        List.of("all:Newchannel", "supertype:Newchannel"),
        after(TestNewchannel.of("Channel", "SIP/1")));
  }

  @Test
  void unknownEventReachesPatternGenericAndCatchAll() {
    assertEquals(
        List.of("all:QueueCallerJoin", "generic:QueueCallerJoin", "pattern:QueueCallerJoin"),
        after(TestEvents.generic("QueueCallerJoin", "Queue", "support")));
  }

  @Test
  void severalPatternsAndTheConnectionParameter() {
    assertEquals(
        List.of("all:FullyBooted", "generic:FullyBooted", "patterns:FullyBooted@default"),
        after(TestEvents.generic("FullyBooted", "Status", "Fully Booted")));
    reset();
    assertEquals(
        List.of("all:PeerStatus", "patterns:PeerStatus@default"),
        after(TestPeerStatus.of("Peer", "SIP/1", "PeerStatus", "Reachable")));
  }

  @Test
  void eventNoHandlerWantsReachesOnlyCatchAll() {
    assertEquals(List.of("all:Dial", "generic:Dial"), after(TestEvents.generic("Dial")));
  }

  @Test
  void publishDecodesAGenericEventTheBindingsKnow() {
    app.runtime().publish("default", TestEvents.generic("Hangup", "Cause", "17")).join();
    assertEquals(
        List.of("all:Hangup", "exact:Hangup:17", "supertype:Hangup"),
        app.bean(Handlers.class).seen());
  }

  @Test
  void publishAMessage() {
    app.runtime().publish("default", TestEvents.message("Newchannel", "Channel", "x")).join();
    assertEquals(
        List.of("all:Newchannel", "supertype:Newchannel"), app.bean(Handlers.class).seen());
  }
}
