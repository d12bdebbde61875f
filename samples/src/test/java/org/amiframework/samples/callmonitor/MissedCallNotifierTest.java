package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.CallFlow;
import org.amiframework.samples.callmonitor.demo.DemoChannel;
import org.amiframework.testkit.stub.ActionMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An inbound call nobody answers makes the monitor send a UserEvent and record it in AstDB. */
class MissedCallNotifierTest {

  private static final ActionMatcher MISSED_CALL =
      action("UserEvent").withHeader("UserEvent", MissedCallNotifier.USER_EVENT);

  private RunningMonitor monitor;

  @BeforeEach
  void start() {
    monitor = RunningMonitor.start();
  }

  @AfterEach
  void stop() {
    monitor.close();
  }

  @Test
  void anInboundCallNobodyAnswersIsReportedAndRecorded() throws Exception {
    CallFlow call = monitor.calls().newCall();
    DemoChannel caller = call.inbound("5551234", "Alice Smith", "100");
    DemoChannel phone = call.dial(caller, "100", "Reception");
    call.dialFails(caller, phone, "NOANSWER", 19).hangup(caller, 16);
    monitor.play(call);

    AmiMessage told = monitor.pbx().actions().await(MISSED_CALL);
    assertEquals("5551234", told.get("CallerIDNum"));
    assertEquals("100", told.get("Exten"));
    assertEquals(caller.uniqueid(), told.get("Uniqueid"));
    monitor
        .pbx()
        .actions()
        .await(
            action("DBPut")
                .withHeader("Family", "missed/100")
                .withHeader("Key", caller.uniqueid())
                .withHeader("Val", "5551234"));
    monitor.console().awaitLine(Topic.MISSED, "5551234 -> 100 (from-pstn)  gave up after");
  }

  @Test
  void aCallerTheDialplanSentToVoicemailWasMissedAllTheSame() throws Exception {
    CallFlow call = monitor.calls().newCall();
    DemoChannel caller = call.inbound("5554444", "<unknown>", "102");
    DemoChannel phone = call.dial(caller, "102", "Accounts");
    call.dialFails(caller, phone, "BUSY", 17).divert(caller, "voicemail", "102", "VoiceMail");
    monitor.play(call.hangup(caller, 16));

    assertEquals("5554444", monitor.pbx().actions().await(MISSED_CALL).get("CallerIDNum"));
  }

  @Test
  void answeredCallsAndCallsOfOtherContextsAreNotReported() {
    CallFlow answered = monitor.calls().newCall();
    DemoChannel customer = answered.inbound("5550001", "<unknown>", "100");
    DemoChannel reception = answered.dial(customer, "100", "Reception");
    monitor.play(answered.answer(customer, reception).hangup(customer, 16).hangup(reception, 16));
    CallFlow internal = monitor.calls().newCall();
    DemoChannel colleague = internal.internal("103", "Warehouse", "104");
    DemoChannel office = internal.dial(colleague, "104", "Office");
    monitor.play(internal.dialFails(colleague, office, "NOANSWER", 19).hangup(colleague, 16));
    CallFlow missed = monitor.calls().newCall();
    DemoChannel stranger = missed.inbound("5550003", "<unknown>", "101");
    DemoChannel support = missed.dial(stranger, "101", "Support");
    monitor.play(missed.dialFails(stranger, support, "CANCEL", 16).hangup(stranger, 16));

    // The last call's report proves the two before were handed to the handlers (the client
    // delivers in order); flushing lets them finish.
    monitor.pbx().actions().await(MISSED_CALL);
    monitor.flush();
    List<AmiMessage> reported = monitor.pbx().actions().assertReceived(1, MISSED_CALL);
    assertEquals("5550003", reported.get(0).get("CallerIDNum"));
    monitor.pbx().actions().assertReceived(1, action("DBPut"));
  }
}
