package org.amiframework.runtime.internal;

import static org.amiframework.runtime.internal.HandlerShapes.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.fixtures.ChannelEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.fixtures.TestPeerStatus;
import org.junit.jupiter.api.Test;

class EventMaskPlannerTest {

  private static final Handler HANGUP = handler("H.hangup(TestHangup)", TestHangup.class);
  private static final Handler PEER = handler("H.peer(TestPeerStatus)", TestPeerStatus.class);

  private static AmiClientConfig server(String name, String mask) {
    return TestApp.server(name).eventMask(mask).build();
  }

  private static String autoMask(Handler... handlers) {
    return EventMaskPlanner.plan(server("pbx", "auto"), List.of(handlers)).config().eventMask();
  }

  @Test
  void autoMaskIsTheUnionOfWhatTypedHandlersReceive() {
    assertEquals("call", autoMask(HANGUP));
    assertEquals("system,call", autoMask(HANGUP, PEER));
    assertEquals("call", autoMask(handler("H.channel(ChannelEvent)", ChannelEvent.class)));
  }

  @Test
  void noHandlersNoEvents() {
    assertEquals("off", autoMask());
  }

  @Test
  void genericHandlerWithWildcardNeedsEverythingAndSaysWhy() {
    Handler any = handler("H.queue(AmiEvent)", AmiEvent.class, List.of("Queue*"), null, null);
    EventMaskPlanner.Plan plan = EventMaskPlanner.plan(server("pbx", "auto"), List.of(HANGUP, any));
    assertEquals("on", plan.config().eventMask());
    assertTrue(plan.derivation().contains("H.queue(AmiEvent)"), plan.derivation());
  }

  @Test
  void genericHandlerNarrowedByPrivilegeOrKnownNames() {
    Handler agent =
        handler(
            "H.q(AmiEvent)", AmiEvent.class, List.of("Queue*"), Set.of(PrivilegeClass.AGENT), null);
    assertEquals("call,agent", autoMask(HANGUP, agent));
    Handler known = handler("H.k(AmiEvent)", AmiEvent.class, List.of("PeerStatus"), null, null);
    assertEquals("system", autoMask(known));
    Handler booted = handler("H.b(AmiEvent)", AmiEvent.class, List.of("FullyBooted"), null, null);
    assertEquals("off", autoMask(booted), "FullyBooted comes at login whatever the mask");
    Handler unknown =
        handler("H.u(AmiEvent)", AmiEvent.class, List.of("MyModuleEvent"), null, null);
    assertEquals("on", autoMask(unknown));
  }

  @Test
  void handlersOfAnotherServerDoNotCount() {
    Handler pbx2 = handler("H.p(TestPeerStatus)", TestPeerStatus.class, List.of(), null, "pbx2");
    assertEquals(
        "call",
        EventMaskPlanner.plan(server("pbx1", "auto"), List.of(HANGUP, pbx2)).config().eventMask());
    assertEquals(
        "system,call",
        EventMaskPlanner.plan(server("pbx2", "auto"), List.of(HANGUP, pbx2)).config().eventMask());
  }

  @Test
  void configuredMaskIsKeptAndStarvedHandlersAreNamed() {
    EventMaskPlanner.Plan plan =
        EventMaskPlanner.plan(server("pbx", "system"), List.of(HANGUP, PEER));
    assertEquals("system", plan.config().eventMask());
    assertNull(plan.derivation());
    assertEquals(1, plan.warnings().size());
    String warning = plan.warnings().get(0);
    assertTrue(warning.startsWith("H.hangup(TestHangup) can never receive"), warning);
    assertTrue(warning.contains("'pbx'") && warning.contains("Hangup needs [call]"), warning);
  }

  @Test
  void noWarningWhenTheMaskCoversOrIsUnset() {
    assertEquals(
        List.of(), EventMaskPlanner.plan(server("pbx", "call"), List.of(HANGUP)).warnings());
    assertEquals(List.of(), EventMaskPlanner.plan(server("pbx", "on"), List.of(HANGUP)).warnings());
    assertEquals(List.of(), EventMaskPlanner.plan(server("pbx", null), List.of(HANGUP)).warnings());
    Handler booted = handler("H.b(AmiEvent)", AmiEvent.class, List.of("FullyBooted"), null, null);
    assertEquals(
        List.of(), EventMaskPlanner.plan(server("pbx", "off"), List.of(booted)).warnings());
  }

  @Test
  void genericHandlerWithPrivilegeOutsideTheMaskIsStarved() {
    Handler agent =
        handler(
            "H.q(AmiEvent)", AmiEvent.class, List.of("Queue*"), Set.of(PrivilegeClass.AGENT), null);
    assertEquals(1, EventMaskPlanner.plan(server("pbx", "call"), List.of(agent)).warnings().size());
    assertEquals(
        List.of(), EventMaskPlanner.plan(server("pbx", "agent"), List.of(agent)).warnings());
  }

  @Test
  void numericAndWordMasksAreUnderstood() {
    assertEquals(List.of(), EventMaskPlanner.plan(server("pbx", "2"), List.of(HANGUP)).warnings());
    assertEquals(1, EventMaskPlanner.plan(server("pbx", "1"), List.of(HANGUP)).warnings().size());
    assertEquals(1, EventMaskPlanner.plan(server("pbx", "off"), List.of(HANGUP)).warnings().size());
  }

  @Test
  void theRestOfTheConfigurationIsKept() {
    AmiClientConfig original =
        TestApp.server("pbx").host("10.0.0.9").port(7777).eventMask("auto").build();
    AmiClientConfig planned = EventMaskPlanner.plan(original, List.of(HANGUP)).config();
    assertEquals("10.0.0.9", planned.host());
    assertEquals(7777, planned.port());
    assertEquals(TestApp.SECRET, planned.secret());
  }
}
