package org.amiframework.samples.callmonitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.CallFlow;
import org.amiframework.samples.callmonitor.demo.DemoChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue callers are counted per queue: joined, answered, abandoned, still waiting. */
class QueueStatisticsTest {

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
  void countsCallersPerQueue() throws Exception {
    monitor.play(answered("5550001", "support", 12));
    monitor.play(abandoned("5550002", "support", 30));
    monitor.play(waiting("5550003", "support"));
    monitor.play(answered("5550004", "sales", 4));
    monitor.play(answered("5550005", "support", 6));
    monitor.console().awaitLine(Topic.QUEUE, "support  5550005 answered by Agent 1001 after 6s");
    monitor.flush();

    QueueStats sales = new QueueStats("sales", 1, 1, 0, 0, Duration.ofSeconds(4));
    QueueStats support = new QueueStats("support", 4, 2, 1, 1, Duration.ofSeconds(9));
    assertEquals(List.of(sales, support), monitor.bean(QueueStatistics.class).statistics());
  }

  @Test
  void eventsOutsideTheAgentClassAreNotCounted() throws Exception {
    // A UserEvent (class user) dressed as a queue event: the privilege check keeps it out.
    monitor
        .pbx()
        .emit(
            AmiMessage.of(
                "Event",
                "QueueCallerJoin",
                "Privilege",
                "user,all",
                "Queue",
                "support",
                "Count",
                "9"));
    monitor.play(waiting("5550001", "support"));
    monitor.console().awaitLine(Topic.QUEUE, "5550001 waiting at position");
    monitor.flush();

    assertEquals(1, monitor.bean(QueueStatistics.class).statistics().get(0).joined());
    assertEquals(
        1, monitor.console().lines(Topic.QUEUE).size(), monitor.console().lines().toString());
  }

  @Test
  void printsTheStatisticsWhenItShutsDown() throws Exception {
    monitor.play(answered("5550001", "support", 5));
    monitor.play(abandoned("5550002", "support", 20));
    // Each call's last event ends it: everything before has been counted.
    monitor.console().awaitLine(Topic.CALL, "5550001 -> 600 (from-pstn)  ended");
    monitor.console().awaitLine(Topic.CALL, "5550002 -> 600 (from-pstn)  ended");
    monitor.app().close();

    assertEquals(
        List.of("support: 2 joined, 1 answered (avg hold 5s), 1 abandoned, 0 waiting"),
        monitor.console().lines(Topic.STATS));
  }

  private CallFlow answered(String number, String queue, long holdSeconds) {
    CallFlow call = monitor.calls().newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", "600");
    call.answeredByPbx(caller).joinQueue(caller, queue);
    DemoChannel agent = call.callAgent(caller, queue, "1001", "Agent 1001");
    return call.agentAnswers(caller, agent, queue, holdSeconds)
        .hangup(caller, 16)
        .hangup(agent, 16);
  }

  private CallFlow abandoned(String number, String queue, long holdSeconds) {
    CallFlow call = monitor.calls().newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", "600");
    call.answeredByPbx(caller).joinQueue(caller, queue).abandonQueue(caller, queue, holdSeconds);
    return call.hangup(caller, 16);
  }

  private CallFlow waiting(String number, String queue) {
    CallFlow call = monitor.calls().newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", "600");
    return call.answeredByPbx(caller).joinQueue(caller, queue);
  }
}
