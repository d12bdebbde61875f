package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.RuntimeMetrics;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.CallFlow;
import org.amiframework.samples.callmonitor.demo.DemoChannel;
import org.amiframework.samples.callmonitor.demo.DemoPbx;
import org.amiframework.testkit.FakeSession;
import org.junit.jupiter.api.Test;

/** The monitor runs with nothing configured, on the demo PBX, and shuts down cleanly. */
class CallMonitorApplicationTest {

  @Test
  void withNothingConfiguredItConnectsToTheDemoPbxAndSeesItsCalls() throws Exception {
    LaunchOptions options = LaunchOptions.parse(List.of(), Map.of(), new Properties());
    // Fifty times faster than the demo: a new call every 60 ms.
    try (DemoPbx demo = DemoPbx.start(0.02)) {
      AmiApplication app =
          CallMonitorApplication.application(options, demo)
              .beanClasses(RecordingConsole.class)
              .start();
      ConsoleTranscript console;
      try {
        console = app.container().select(RecordingConsole.class).get().transcript();
        console.awaitLine(Topic.LINK, "logged in to " + demo.address());
        console.awaitLine(Topic.CALL, "answered by PJSIP/100");
        console.awaitLine(Topic.CALL, "transferred to 200 by PJSIP/100");
        console.awaitLine(Topic.MISSED, "recorded in AstDB missed/");
        console.awaitLine(Topic.QUEUE, "support");
      } finally {
        app.close();
      }
      assertFalse(console.lines(Topic.STATS).isEmpty(), "statistics at shutdown");
      assertEquals(List.of(), console.lines(Topic.ERROR));
    }
  }

  @Test
  void shutdownHandlesWhatIsQueuedThenLogsOff() throws Exception {
    RunningMonitor monitor = RunningMonitor.start();
    try {
      FakeSession session = monitor.pbx().awaitSession(Duration.ofSeconds(5));
      RuntimeMetrics metrics = monitor.app().runtime().metrics();
      CallFlow call = monitor.calls().newCall();
      DemoChannel caller = call.inbound("5550300", "<unknown>", "600");
      call.answeredByPbx(caller).joinQueue(caller, "support");
      monitor.play(call);
      monitor.console().awaitLine(Topic.QUEUE, "5550300 waiting at position 1");

      monitor.app().close();

      assertFalse(monitor.app().isRunning());
      monitor.pbx().actions().await(action("Logoff"));
      assertTrue(session.awaitClosed(Duration.ofSeconds(5)), "connection still open");
      assertEquals(0, metrics.eventsDiscarded());
      assertEquals(0, metrics.handlerFailures());
      assertEquals(
          List.of("support: 1 joined, 0 answered (avg hold 0s), 0 abandoned, 1 waiting"),
          monitor.console().lines(Topic.STATS));
    } finally {
      monitor.close();
    }
  }
}
