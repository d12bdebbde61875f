package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.ReceivedEvents;
import org.amiframework.testkit.junit.TestApplication;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Queue callers are counted per queue: joined, answered, abandoned, still waiting. The application
 * logs in with the event mask its handlers need ({@code ami.events=auto}).
 */
@AmiTest(
    beans = {QueueStatistics.class, RecordingConsole.class},
    events = "auto")
class QueueStatisticsTest {

  @Test
  void countsCallersPerQueue(FakeAsterisk pbx, QueueStatistics statistics) {
    pbx.play(answered("5550001", "support", 10, 2));
    pbx.play(abandoned("5550002", "support", 30));
    pbx.play(waiting("5550003", "support"));
    pbx.play(answered("5550004", "sales", 3, 1));
    pbx.play(answered("5550005", "support", 4, 2));

    assertEquals(
        List.of(
            new QueueStats("sales", 1, 1, 0, 0, Duration.ofSeconds(4)),
            new QueueStats("support", 4, 2, 1, 1, Duration.ofSeconds(9))),
        statistics.statistics());
  }

  @Test
  void printsALinePerCallerEvent(FakeAsterisk pbx, RecordingConsole console) {
    pbx.play(answered("5550001", "support", 10, 2));
    pbx.play(abandoned("5550002", "support", 30));

    assertEquals(
        List.of(
            "support  5550001 waiting at position 1",
            "support  5550001 answered by Agent 1001 after 12s",
            "support  5550002 waiting at position 1",
            "support  5550002 hung up after 30s"),
        console.transcript().lines(Topic.QUEUE));
  }

  @Test
  void asksAsteriskForQueueEventsOnly(FakeAsterisk pbx, ReceivedEvents events) {
    pbx.play(Scenarios.queueCall().from("5550001").build());

    pbx.actions().assertReceived(1, action("Login").withHeader("Events", "agent"));
    assertEquals(List.of(), events.named("Newchannel"), "call events reached the application");
    assertEquals(1, events.named("QueueCallerJoin").size());
  }

  @Test
  void printsTheStatisticsWhenItShutsDown(
      FakeAsterisk pbx, TestApplication app, RecordingConsole console) {
    pbx.play(answered("5550001", "support", 5, 0));
    pbx.play(abandoned("5550002", "support", 20));
    ConsoleTranscript transcript = console.transcript();

    app.application().close();

    assertEquals(
        List.of("support: 2 joined, 1 answered (avg hold 5s), 1 abandoned, 0 waiting"),
        transcript.lines(Topic.STATS));
  }

  private static Scenario answered(String number, String queue, long waiting, long ringing) {
    return Scenarios.queueCall()
        .from(number)
        .queue(queue)
        .agent("PJSIP/1001", "Agent 1001")
        .waitingFor(Duration.ofSeconds(waiting))
        .answeredAfter(Duration.ofSeconds(ringing))
        .build();
  }

  private static Scenario abandoned(String number, String queue, long waited) {
    return Scenarios.queueCall()
        .from(number)
        .queue(queue)
        .abandonedAfter(Duration.ofSeconds(waited))
        .build();
  }

  /** Still waiting: the call as it stands a second after it joined the queue. */
  private static Scenario waiting(String number, String queue) {
    return Scenarios.queueCall().from(number).queue(queue).build().upTo(Duration.ofSeconds(1));
  }
}
