package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.CallFlow;
import org.amiframework.samples.callmonitor.demo.DemoChannel;
import org.amiframework.samples.callmonitor.demo.Switchboard;
import org.amiframework.testkit.FakeAsterisk;
import org.junit.jupiter.api.Test;

/** The monitor prints one line per state change of every call, including calls it found going. */
class CallMonitorTest {

  @Test
  void printsEveryStateChangeOfACall() throws Exception {
    try (RunningMonitor monitor = RunningMonitor.start()) {
      CallFlow call = monitor.calls().newCall();
      DemoChannel caller = call.inbound("5551234", "Alice Smith", "100");
      DemoChannel phone = call.dial(caller, "100", "Reception");
      int beforeTransfer = call.answer(caller, phone).script().size();
      call.blindTransfer(phone, caller, "200");
      DemoChannel sales = call.dial(caller, "200", "Sales");
      call.answer(caller, sales).hangup(caller, 16).hangup(sales, 16);
      List<AmiMessage> events = call.script().events();
      monitor.play(events.subList(0, beforeTransfer));
      // A transfer comes seconds after the answer; the test waits as long as needed.
      monitor.console().awaitLine(Topic.CALL, "answered by PJSIP/100");
      monitor.play(events.subList(beforeTransfer, events.size()));

      String title = "5551234 -> 100 (from-pstn)  ";
      String ended = monitor.console().awaitLine(Topic.CALL, title + "ended");
      monitor.console().awaitLine(Topic.CALL, title + "transferred to 200 by PJSIP/100");
      // BlindTransfer names its channels with prefixes only, so the runtime cannot tell its call
      // and does not order it among the call's other events; every other line comes in order.
      List<String> lines = new ArrayList<>(monitor.console().lines(Topic.CALL));
      lines.remove(title + "transferred to 200 by PJSIP/100");
      assertEquals(title + "started, caller \"Alice Smith\"", lines.get(0));
      assertEquals(title + "ringing PJSIP/100", lines.get(1));
      assertTrue(lines.get(2).startsWith(title + "answered by PJSIP/100 after "), lines.get(2));
      assertEquals(title + "ringing PJSIP/200", lines.get(3));
      assertTrue(lines.get(4).startsWith(title + "answered by PJSIP/200 after "), lines.get(4));
      assertTrue(ended.matches(".*ended after \\d+s \\(talked \\d+s\\), Normal Clearing \\(16\\)"));
      assertEquals(6, lines.size(), lines.toString());
    }
  }

  @Test
  void followsCallsThatWereInProgressWhenItStarted() throws Exception {
    CallFlow call = new Switchboard().newCall();
    DemoChannel caller = call.inbound("5550142", "Carol White", "100");
    DemoChannel phone = call.dial(caller, "100", "Reception");
    int beforeTheMonitorStarts = call.answer(caller, phone).script().size();
    List<AmiMessage> events = call.hangup(phone, 16).hangup(caller, 16).script().events();
    FakeAsterisk pbx = FakeAsterisk.start();
    events.subList(0, beforeTheMonitorStarts).forEach(pbx::emit);

    try (RunningMonitor monitor = RunningMonitor.startAgainst(pbx)) {
      monitor.pbx().actions().await(action("CoreShowChannels"));
      monitor.console().awaitLine(Topic.CALL, "5550142 -> 100 (from-pstn)  in progress for");

      monitor.play(events.subList(beforeTheMonitorStarts, events.size()));
      monitor.console().awaitLine(Topic.CALL, "5550142 -> 100 (from-pstn)  ended after");
      assertEquals(2, monitor.console().lines(Topic.CALL).size());
    }
  }

  @Test
  void aMissedInboundCallIsPrintedAsMissed() throws Exception {
    try (RunningMonitor monitor = RunningMonitor.start()) {
      CallFlow call = monitor.calls().newCall();
      DemoChannel caller = call.inbound("5559876", "<unknown>", "101");
      DemoChannel phone = call.dial(caller, "101", "Support");
      monitor.play(call.dialFails(caller, phone, "CANCEL", 16).hangup(caller, 16));

      monitor
          .console()
          .awaitLine(
              Topic.CALL, "5559876 -> 101 (from-pstn)  PJSIP/101 did not" + " answer (CANCEL)");
      monitor.console().awaitLine(Topic.CALL, "ended unanswered after");
      monitor.console().awaitLine(Topic.MISSED, "5559876 -> 101 (from-pstn)  gave up after");
    }
  }
}
