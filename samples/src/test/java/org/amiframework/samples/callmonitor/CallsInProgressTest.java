package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.FakeAsteriskFactory;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.ScenarioEvent;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** Calls that began before the monitor are found at login (CoreShowChannels) and followed. */
@AmiTest(beans = {CallMonitor.class, RecordingConsole.class})
class CallsInProgressTest {

  private static final Scenario CALL =
      Scenarios.inboundCall()
          .from("5550142")
          .callerName("Carol White")
          .to("100")
          .answeredAfter(Duration.ofSeconds(2))
          .talk(Duration.ofSeconds(60))
          .build();

  /** When the monitor connects, the call is ten seconds old: answered, talking. */
  private static final Duration AGE = Duration.ofSeconds(10);

  @FakeAsteriskFactory
  static FakeAsterisk pbxWithACallGoingOn() {
    FakeAsterisk pbx = FakeAsterisk.start();
    pbx.play(CALL.upTo(AGE));
    return pbx;
  }

  @Test
  void aCallInProgressAtStartupIsPickedUpAndFollowedToItsEnd(
      FakeAsterisk pbx, RecordingConsole recording) throws Exception {
    ConsoleTranscript console = recording.transcript();
    console.awaitLine(Topic.LINK, "1 call in progress");
    pbx.actions().assertReceived(1, action("CoreShowChannels"));

    for (ScenarioEvent event : CALL.events()) {
      if (event.offset().compareTo(AGE) > 0) {
        pbx.emit(event.message());
      }
    }

    List<String> lines = console.lines(Topic.CALL);
    assertEquals(2, lines.size(), lines.toString());
    // The fake reports a channel's age from when the test announced it (CoreShowChannel Duration),
    // not from the scenario's clock: zero, or a second or two on a loaded machine. The monitor
    // counts the call's length from there.
    assertTrue(
        lines.get(0).matches("5550142 -> 100 \\(from-pstn\\)  in progress for \\d+s \\(Up\\)"),
        lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches("5550142 -> 100 \\(from-pstn\\)  ended after \\d+s, Normal Clearing \\(16\\)"),
        lines.get(1));
  }
}
