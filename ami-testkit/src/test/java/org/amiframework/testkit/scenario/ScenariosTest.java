package org.amiframework.testkit.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.stub.Stubs;
import org.junit.jupiter.api.Test;

/** The call flows are consistent in ids, times and bridges, and each variant ends as it should. */
class ScenariosTest {

  private static final Instant START = Instant.parse("2026-11-22T23:14:40Z");

  @Test
  void anAnsweredCallIsConsistentInIdsTimesAndBridge() {
    Scenario call =
        Scenarios.inboundCall()
            .startingAt(START)
            .timestampEvents(true)
            .from("5551234")
            .to("100")
            .answeredAfter(Duration.ofSeconds(2))
            .talk(Duration.ofSeconds(30))
            .build();

    assertEquals(
        List.of(
            "Newchannel",
            "Newchannel",
            "NewConnectedLine",
            "DialBegin",
            "Newstate",
            "Newstate",
            "DialEnd",
            "Newstate",
            "NewConnectedLine",
            "BridgeCreate",
            "BridgeEnter",
            "BridgeEnter",
            "HangupRequest",
            "BridgeLeave",
            "Hangup",
            "BridgeLeave",
            "Hangup",
            "BridgeDestroy"),
        call.eventNames());
    assertEquals(Duration.ofSeconds(32), call.duration());
    assertIdsConsistent(call);
    assertEquals(2, call.channels().size());
    assertTrue(
        call.channels().get(0).matches("PJSIP/trunk-[0-9a-f]{8}"), call.channels()::toString);
    assertTrue(call.channels().get(1).matches("PJSIP/100-[0-9a-f]{8}"), call.channels()::toString);
    AmiMessage first = call.messages().get(0);
    assertEquals(START.getEpochSecond() + ".000000", first.get("Timestamp"));
    assertEquals(
        START.plusSeconds(32).getEpochSecond() + ".000000",
        call.messages().get(call.messages().size() - 1).get("Timestamp"));
    List<String> bridged = headers(call, "BridgeEnter", "BridgeNumChannels");
    assertEquals(List.of("1", "2"), bridged);
    assertEquals(List.of("1", "0"), headers(call, "BridgeLeave", "BridgeNumChannels"));
    assertEquals(
        List.of("Normal Clearing", "Normal Clearing"), headers(call, "Hangup", "Cause-txt"));
    assertEquals(List.of("ANSWER"), headers(call, "DialEnd", "DialStatus"));
    assertEquals(List.of("100"), headers(call, "DialBegin", "DialString"));
  }

  @Test
  void theCallerCanHangUpFirst() {
    Scenario call = Scenarios.inboundCall().from("5551234").to("100").hungUpByCaller().build();

    AmiMessage request = only(call, "HangupRequest");
    assertEquals(call.channels().get(0), request.get("Channel"));
  }

  @Test
  void anUnansweredCallRingsOutWithNoanswer() {
    Scenario call =
        Scenarios.inboundCall()
            .from("5551234")
            .to("100")
            .noAnswer(Duration.ofSeconds(20))
            .hangupCause(19)
            .build();

    assertEquals(List.of("NOANSWER"), headers(call, "DialEnd", "DialStatus"));
    assertEquals(List.of("5"), headers(call, "DialEnd", "DestChannelState"));
    assertEquals(List.of("16", "19"), headers(call, "Hangup", "Cause"));
    assertEquals(
        "User alerting, no answer",
        call.messages().get(call.messages().size() - 1).get("Cause-txt"));
    assertTrue(call.eventNames().stream().noneMatch(n -> n.startsWith("Bridge")));
    assertIdsConsistent(call);
  }

  @Test
  void aBusyCalleeHandsItsCauseToTheCaller() {
    Scenario call = Scenarios.inboundCall().from("5551234").to("100").busy().build();

    assertEquals(List.of("BUSY"), headers(call, "DialEnd", "DialStatus"));
    assertEquals(List.of("User busy", "User busy"), headers(call, "Hangup", "Cause-txt"));
  }

  @Test
  void scenariosPlayedTogetherHaveDistinctIds() {
    Scenario one = Scenarios.inboundCall().build();
    Scenario two = Scenarios.inboundCall().build();

    assertTrue(!one.linkedId().equals(two.linkedId()));
    assertTrue(one.channels().stream().noneMatch(two.channels()::contains));
  }

  @Test
  void aSystemNamePrefixesUniqueidsAndFramesEveryEvent() {
    Scenario call = Scenarios.inboundCall().systemName("pbx1").startingAt(START).build();

    assertTrue(call.linkedId().startsWith("pbx1-" + START.getEpochSecond() + "."));
    assertTrue(call.messages().stream().allMatch(m -> "pbx1".equals(m.get("SystemName"))));
    assertTrue(call.messages().stream().allMatch(m -> m.name(2).equals("SystemName")));
  }

  @Test
  void anOriginateTakesItsPartsFromTheAction() {
    AmiMessage originate =
        AmiMessage.of(
            "Action", "Originate",
            "ActionID", "orig-1",
            "Channel", "Local/100@test",
            "Context", "test",
            "Exten", "900",
            "CallerID", "\"AMI Test\" <5551234>");

    Scenario call = Scenarios.originate().of(originate).build();

    AmiMessage response = only(call, "OriginateResponse");
    assertEquals("orig-1", response.actionId());
    assertEquals("Success", response.get("Response"));
    assertEquals("4", response.get("Reason"));
    assertEquals(call.channels().get(0), response.get("Channel"));
    assertTrue(response.get("Channel").endsWith(";1"));
    assertEquals("5551234", response.get("CallerIDNum"));
    assertEquals("AMI Test", response.get("CallerIDName"));
    assertEquals(only(call, "LocalBridge").get("LocalTwoChannel"), call.channels().get(1));
    assertIdsConsistent(call);
  }

  @Test
  void aBusyOriginateFailsWithReasonFive() {
    Scenario call = Scenarios.originate().channel("PJSIP/alice").busy().build();

    AmiMessage response = only(call, "OriginateResponse");
    assertEquals("Failure", response.get("Response"));
    assertEquals("5", response.get("Reason"));
    assertEquals("PJSIP/alice", response.get("Channel"));
  }

  @Test
  void aQueueCallIsAnsweredByItsAgent() {
    Scenario call =
        Scenarios.queueCall()
            .queue("support")
            .agent("PJSIP/1001", "Agent 1001")
            .waitingFor(Duration.ofSeconds(5))
            .answeredAfter(Duration.ofSeconds(3))
            .talk(Duration.ofSeconds(60))
            .build();

    AmiMessage connect = only(call, "AgentConnect");
    assertEquals("8", connect.get("HoldTime"));
    assertEquals("3", connect.get("RingTime"));
    assertEquals("Agent 1001", connect.get("MemberName"));
    assertEquals(call.channels().get(1), connect.get("DestChannel"));
    assertEquals("60", only(call, "AgentComplete").get("TalkTime"));
    assertEquals("1", only(call, "QueueCallerJoin").get("Count"));
    assertEquals("0", only(call, "QueueCallerLeave").get("Count"));
    assertIdsConsistent(call);
  }

  @Test
  void anAbandonedQueueCallNeverRingsAnAgent() {
    Scenario call = Scenarios.queueCall().abandonedAfter(Duration.ofSeconds(42)).build();

    assertEquals("42", only(call, "QueueCallerAbandon").get("HoldTime"));
    assertTrue(call.eventNames().stream().noneMatch(n -> n.startsWith("Agent")));
    assertEquals(1, call.channels().size());
  }

  @Test
  void aBlindTransferMovesTheCallerToANewBridgeWithTheTarget() {
    Scenario call =
        Scenarios.blindTransfer()
            .from("5551234")
            .to("100")
            .transferredTo("200", "from-internal")
            .build();

    AmiMessage transfer = only(call, "BlindTransfer");
    assertEquals(call.channels().get(1), transfer.get("TransfererChannel"));
    assertEquals(call.channels().get(0), transfer.get("TransfereeChannel"));
    assertEquals("200", transfer.get("Extension"));
    assertEquals(3, call.channels().size());
    assertEquals(2, new LinkedHashSet<>(headers(call, "BridgeCreate", "BridgeUniqueid")).size());
    assertIdsConsistent(call);
  }

  @Test
  void upToCutsTheCallAtAMoment() {
    Scenario call = Scenarios.inboundCall().answeredAfter(Duration.ofSeconds(2)).build();

    Scenario ringing = call.upTo(Duration.ofSeconds(1));

    assertEquals("Newstate", ringing.eventNames().get(ringing.eventNames().size() - 1));
    assertTrue(ringing.eventNames().stream().noneMatch("DialEnd"::equals));
  }

  @Test
  void pacingScalesTheGapsBetweenEvents() {
    assertEquals(Duration.ZERO, Pacing.asFastAsPossible().delay(Duration.ofSeconds(30)));
    assertEquals(Duration.ofSeconds(30), Pacing.realTime().delay(Duration.ofSeconds(30)));
    assertEquals(Duration.ofMillis(500), Pacing.scaled(60).delay(Duration.ofSeconds(30)));
    assertThrows(IllegalArgumentException.class, () -> Pacing.scaled(0));
  }

  @Test
  void valuesThatWouldBreakTheWireAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> Scenarios.inboundCall().from("555\r\nAction: x"));
    assertThrows(IllegalArgumentException.class, () -> Stubs.event("Hangup", "Channel"));
  }

  /**
   * Every channel keeps one Uniqueid, all share the scenario's Linkedid, offsets never go back, and
   * every channel created is hung up.
   */
  private static void assertIdsConsistent(Scenario call) {
    Map<String, String> uniqueIdOf = new HashMap<>();
    Duration previous = Duration.ZERO;
    for (ScenarioEvent e : call.events()) {
      assertTrue(e.offset().compareTo(previous) >= 0, "offsets never go back");
      previous = e.offset();
      for (String prefix :
          List.of("", "Dest", "LocalOne", "LocalTwo", "Transferer", "Transferee")) {
        String channel = e.message().get(prefix + "Channel");
        if (channel == null) {
          continue;
        }
        String uniqueId = e.message().get(prefix + "Uniqueid");
        if (uniqueId == null) {
          continue;
        }
        assertEquals(uniqueIdOf.computeIfAbsent(channel, c -> uniqueId), uniqueId, channel);
        if (e.message().has(prefix + "Linkedid")) { // OriginateResponse names no Linkedid
          assertEquals(call.linkedId(), e.message().get(prefix + "Linkedid"), channel);
        }
      }
    }
    Set<String> hungUp = new LinkedHashSet<>(headers(call, "Hangup", "Channel"));
    assertEquals(new LinkedHashSet<>(call.channels()), hungUp, "every channel is hung up once");
  }

  private static List<String> headers(Scenario call, String event, String header) {
    return call.messages().stream()
        .filter(m -> event.equals(m.eventName()))
        .map(m -> m.get(header))
        .toList();
  }

  private static AmiMessage only(Scenario call, String event) {
    List<AmiMessage> found =
        call.messages().stream().filter(m -> event.equals(m.eventName())).toList();
    assertEquals(1, found.size(), () -> event + " in " + call.eventNames());
    return found.get(0);
  }
}
