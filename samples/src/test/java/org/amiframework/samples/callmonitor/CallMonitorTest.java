package org.amiframework.samples.callmonitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.ScenarioEvent;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The monitor prints one line per state change of every call. */
@AmiTest(beans = {CallMonitor.class, RecordingConsole.class})
class CallMonitorTest {

  private static final String ALICE = "5551234 -> 100 (from-pstn)  ";

  private ConsoleTranscript console;

  /** The monitor lists the calls in progress at login; the test's calls come after. */
  @BeforeEach
  void awaitLogin(RecordingConsole recording) throws InterruptedException {
    console = recording.transcript();
    console.awaitLine(Topic.LINK, "logged in to");
  }

  @Test
  void printsEveryStateChangeOfACall(FakeAsterisk pbx) throws Exception {
    Scenario call =
        Scenarios.blindTransfer()
            .from("5551234")
            .to("100")
            .talkBeforeTransfer(Duration.ofSeconds(10))
            .transferredTo("200", "from-internal")
            .build();
    // A transfer comes seconds after the answer, never before the call is known.
    Duration beforeTransfer = Duration.ofSeconds(5);
    pbx.play(call.upTo(beforeTransfer));
    playAfter(pbx, call, beforeTransfer);

    String ended = console.awaitLine(Topic.CALL, ALICE + "ended");
    assertEquals(
        List.of(
            ALICE + "started",
            ALICE + "ringing PJSIP/100",
            ALICE + "answered by PJSIP/100 after 0s",
            ALICE + "transferred to 200 by PJSIP/100",
            ALICE + "ringing PJSIP/200",
            ALICE + "answered by PJSIP/200 after 0s"),
        withoutLast(console.lines(Topic.CALL)));
    assertTrue(ended.matches(".*ended after \\d+s \\(talked \\d+s\\), Normal Clearing \\(16\\)"));
  }

  @Test
  void anUnansweredCallEndsWithTheDialStatusAndHangupCause(FakeAsterisk pbx) {
    pbx.play(Scenarios.inboundCall().from("5551234").to("100").callerName("Alice").busy().build());

    assertEquals(
        List.of(
            ALICE + "started, caller \"Alice\"",
            ALICE + "ringing PJSIP/100",
            ALICE + "PJSIP/100 did not answer (BUSY)",
            ALICE + "ended unanswered after 0s, User busy (17)"),
        console.lines(Topic.CALL));
  }

  @Test
  void forgetsEveryCallItFollowed(FakeAsterisk pbx, CallMonitor monitor) {
    pbx.play(Scenarios.inboundCall().from("5550001").to("100").build());
    pbx.play(Scenarios.queueCall().from("5550002").build());
    pbx.play(Scenarios.blindTransfer().from("5550003").to("100").build());
    pbx.play(Scenarios.inboundCall().from("5550004").to("101").noAnswer().build());

    assertEquals(4, console.lines(Topic.CALL).stream().filter(l -> l.contains("ended")).count());
    assertEquals(0, monitor.callsInProgress());
  }

  private static void playAfter(FakeAsterisk pbx, Scenario call, Duration offset) {
    for (ScenarioEvent event : call.events()) {
      if (event.offset().compareTo(offset) > 0) {
        pbx.emit(event.message());
      }
    }
  }

  private static List<String> withoutLast(List<String> lines) {
    List<String> all = new ArrayList<>(lines);
    all.remove(all.size() - 1);
    return all;
  }
}
