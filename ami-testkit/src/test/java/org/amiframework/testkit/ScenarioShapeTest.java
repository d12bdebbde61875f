package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The events of generated scenarios have the shapes of a real Asterisk 22: for every event type
 * that the reference captures hold, each generated event has exactly the header names, in the
 * order, of one event of that type in the captures.
 */
class ScenarioShapeTest {

  private static final String SYSTEM_NAME = "amitest";

  @Test
  void anAnsweredCallHasTheShapesOfTheRecordedDialedCall() {
    Scenario call =
        Scenarios.inboundCall()
            .systemName(SYSTEM_NAME)
            .from("5551234")
            .to("100")
            .answeredAfter(Duration.ofSeconds(2))
            .talk(Duration.ofSeconds(30))
            .build();

    Set<String> compared = assertShapesOf(call, "c2-originate-async-local200-dial.rx");

    assertEquals(
        Set.of(
            "Newchannel",
            "NewConnectedLine",
            "DialBegin",
            "Newstate",
            "DialEnd",
            "BridgeCreate",
            "BridgeEnter",
            "BridgeLeave",
            "BridgeDestroy",
            "HangupRequest",
            "Hangup"),
        compared,
        "every event type of the generated call is one the capture shows");
  }

  @Test
  void anOriginatedLocalCallHasTheShapesOfTheRecordedOriginate() {
    Scenario call =
        Scenarios.originate()
            .systemName(SYSTEM_NAME)
            .channel("Local/100@test")
            .toExtension("900", "test")
            .callerId("5551234", "AMI Test")
            .actionId("orig-async-100")
            .build();

    Set<String> compared = assertShapesOf(call, "c1-originate-async-local100.rx");

    assertTrue(
        compared.containsAll(
            Set.of("LocalBridge", "OriginateResponse", "NewCallerid", "SoftHangupRequest")),
        () -> "compared: " + compared);
  }

  @Test
  void aQueueCallHasTheShapesOfTheRecordedQueueCall() {
    Scenario call =
        Scenarios.queueCall().systemName(SYSTEM_NAME).from("5550300").queue("testq").build();

    Set<String> compared = assertShapesOf(call, "g-queue-status-summary-events.rx");

    assertTrue(
        compared.containsAll(
            Set.of(
                "QueueCallerJoin",
                "AgentCalled",
                "QueueCallerLeave",
                "AgentConnect",
                "AgentComplete")),
        () -> "compared: " + compared);
  }

  /**
   * Asserts each generated event whose type the capture holds has one of the capture's shapes of
   * that type; returns the types compared.
   */
  private static Set<String> assertShapesOf(Scenario scenario, String captureName) {
    Map<String, Set<List<String>>> recorded = shapes(captureName);
    Set<String> compared = new HashSet<>();
    for (AmiMessage event : scenario.messages()) {
      Set<List<String>> real = recorded.get(event.eventName());
      if (real == null) {
        continue;
      }
      compared.add(event.eventName());
      assertTrue(
          real.contains(headerNames(event)),
          () ->
              event.eventName()
                  + " has headers "
                  + headerNames(event)
                  + " but "
                  + captureName
                  + " shows only "
                  + real);
    }
    return compared;
  }

  /** The header-name lists of every event of a capture, by event name. */
  private static Map<String, Set<List<String>>> shapes(String captureName) {
    Map<String, Set<List<String>>> shapes = new HashMap<>();
    for (AmiMessage m : AmiCapture.fromServer(SharedData.capture(captureName)).messages()) {
      if (m.eventName() != null && m.has("Privilege")) {
        shapes.computeIfAbsent(m.eventName(), k -> new HashSet<>()).add(headerNames(m));
      }
    }
    return shapes;
  }

  private static List<String> headerNames(AmiMessage message) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < message.size(); i++) {
      names.add(message.name(i));
    }
    return names;
  }
}
