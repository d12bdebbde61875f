package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.fixtures.ChannelEvent;
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
  static class Handlers {
    private final List<String> seen = new CopyOnWriteArrayList<>();

    List<String> seen() {
      return seen;
    }

    @OnEvent
    void hangup(TestHangup hangup) {
      seen.add("exact:" + hangup.name() + ":" + hangup.cause());
    }

    @OnEvent
    void channel(ChannelEvent event) {
      seen.add("supertype:" + event.name());
    }

    @OnEvent("Queue*")
    void queue(AmiEvent event) {
      seen.add("pattern:" + event.name());
    }

    @OnEvent({"*Booted", "Peer*"})
    void several(AmiEvent event, AmiClient connection) {
      seen.add("patterns:" + event.name() + "@" + connection.config().name());
    }

    @OnEvent
    void unknownOnly(GenericEvent event) {
      seen.add("generic:" + event.name());
    }

    @OnEvent
    void everything(AbstractAmiEvent event) {
      seen.add("all:" + event.name());
    }
  }

  static TestApp app;
  Handlers handlers;

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
    handlers = app.bean(Handlers.class);
    app.flush();
    handlers.seen().clear();
  }

  private List<String> after(AmiEvent event) {
    app.client().push(event);
    app.flush();
    return handlers.seen().stream().sorted().toList();
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
    handlers.seen().clear();
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
        handlers.seen().stream().sorted().toList());
  }

  @Test
  void publishAMessage() {
    app.runtime().publish("default", TestEvents.message("Newchannel", "Channel", "x")).join();
    assertEquals(
        List.of("all:Newchannel", "supertype:Newchannel"),
        handlers.seen().stream().sorted().toList());
  }
}
