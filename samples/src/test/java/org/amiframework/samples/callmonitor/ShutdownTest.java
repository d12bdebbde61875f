package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.amiframework.runtime.RuntimeMetrics;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.TestApplication;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** Closing the monitor handles what is queued, reports, logs off and closes the connection. */
@AmiTest(
    beans = {
      CallMonitor.class,
      MissedCallNotifier.class,
      QueueStatistics.class,
      MonitorErrors.class,
      RecordingConsole.class
    })
class ShutdownTest {

  @Test
  void shutsDownCleanly(FakeAsterisk pbx, TestApplication app, RecordingConsole console) {
    FakeSession session = pbx.awaitSession(Duration.ofSeconds(5));
    RuntimeMetrics metrics = app.runtime().metrics();
    ConsoleTranscript transcript = console.transcript();
    pbx.play(Scenarios.queueCall().from("5550300").build().upTo(Duration.ofSeconds(1)));

    app.application().close();

    assertFalse(app.application().isRunning());
    pbx.actions().await(action("Logoff"));
    assertTrue(session.awaitClosed(Duration.ofSeconds(5)), "connection still open");
    assertEquals(0, metrics.eventsDiscarded());
    assertEquals(0, metrics.handlerFailures());
    assertEquals(
        List.of("support: 1 joined, 0 answered (avg hold 0s), 0 abandoned, 1 waiting"),
        transcript.lines(Topic.STATS));
  }
}
