package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.Scenarios;
import org.amiframework.testkit.stub.ActionMatcher;
import org.junit.jupiter.api.Test;

/** An inbound call nobody answers makes the monitor send a UserEvent and record it in AstDB. */
@AmiTest(beans = {MissedCallNotifier.class, RecordingConsole.class})
class MissedCallNotifierTest {

  private static final ActionMatcher MISSED_CALL =
      action("UserEvent").withHeader("UserEvent", MissedCallNotifier.USER_EVENT);

  @Test
  void anInboundCallNobodyAnswersIsReportedAndRecorded(FakeAsterisk pbx, RecordingConsole console)
      throws Exception {
    Scenario call = Scenarios.inboundCall().from("5551234").to("100").noAnswer().build();
    pbx.play(call);

    AmiMessage told = pbx.actions().assertReceived(1, MISSED_CALL).get(0);
    assertEquals("5551234", told.get("CallerIDNum"));
    assertEquals("100", told.get("Exten"));
    assertEquals(call.linkedId(), told.get("Uniqueid"));
    pbx.actions()
        .assertReceived(
            1,
            action("DBPut")
                .withHeader("Family", "missed/100")
                .withHeader("Key", call.linkedId())
                .withHeader("Val", "5551234"));
    console.transcript().awaitLine(Topic.MISSED, "5551234 -> 100 (from-pstn)  gave up after");
  }

  @Test
  void aBusyPhoneAndAnAbandonedQueueCallAreMissedCallsToo(FakeAsterisk pbx) {
    pbx.play(Scenarios.inboundCall().from("5554444").to("102").busy().build());
    pbx.play(
        Scenarios.queueCall()
            .from("5557777")
            .to("600", "from-pstn")
            .abandonedAfter(Duration.ofSeconds(30))
            .build());

    List<AmiMessage> told = pbx.actions().assertReceived(2, MISSED_CALL);
    assertEquals("5554444", told.get(0).get("CallerIDNum"));
    assertEquals("5557777", told.get(1).get("CallerIDNum"));
    assertEquals("600", told.get(1).get("Exten"));
  }

  @Test
  void aCallerTheDialplanSentToVoicemailWasMissedAllTheSame(FakeAsterisk pbx) {
    // The phone is busy and the dialplan sends the caller to voicemail, where it hangs up: its
    // Hangup names the voicemail context, not the inbound one.
    Scenario call = Scenarios.inboundCall().from("5554444").to("102").busy().build();
    for (AmiMessage event : call.messages()) {
      boolean callerHangup =
          "Hangup".equals(event.eventName()) && call.linkedId().equals(event.get("Uniqueid"));
      pbx.emit(callerHangup ? event.toBuilder().set("Context", "voicemail").build() : event);
    }

    assertEquals("5554444", pbx.actions().assertReceived(1, MISSED_CALL).get(0).get("CallerIDNum"));
  }

  @Test
  void answeredCallsAreNotReported(FakeAsterisk pbx) {
    pbx.play(Scenarios.inboundCall().from("5550001").to("100").build());
    pbx.play(Scenarios.queueCall().from("5550002").to("600", "from-pstn").build());
    pbx.play(Scenarios.blindTransfer().from("5550003").to("100").build());

    pbx.actions().assertNotReceived(action("UserEvent"));
    pbx.actions().assertNotReceived(action("DBPut"));
  }

  @Test
  void callsOfOtherContextsAreNotWatched(FakeAsterisk pbx) {
    pbx.play(
        Scenarios.inboundCall()
            .from("103")
            .trunk("PJSIP/103")
            .context("from-internal")
            .to("104")
            .noAnswer()
            .build());

    pbx.actions().assertNotReceived(action("UserEvent"));
    pbx.actions().assertNotReceived(action("DBPut"));
  }
}
