package org.amiframework.samples.callmonitor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amiframework.asterisk.event.AgentConnect;
import org.amiframework.asterisk.event.QueueCallerAbandon;
import org.amiframework.asterisk.event.QueueCallerJoin;
import org.amiframework.asterisk.event.QueueCallerLeave;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.RequiresPrivilege;
import org.amiframework.samples.callmonitor.Console.Topic;

/**
 * Counts, per queue, the callers who joined, were answered and abandoned; prints a line for each,
 * the statistics every {@link #REPORT_INTERVAL} when they changed, and once more at shutdown.
 */
@AmiHandler
public class QueueStatistics {

  /** How often the statistics are printed, when something changed. */
  public static final Duration REPORT_INTERVAL = Duration.ofSeconds(30);

  private final Map<String, QueueTally> queues = new ConcurrentSkipListMap<>();
  private ScheduledExecutorService reporter;

  @Inject Console console;

  @PostConstruct
  void startReporting() {
    reporter =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "queue-statistics");
              thread.setDaemon(true);
              return thread;
            });
    long seconds = REPORT_INTERVAL.toSeconds();
    reporter.scheduleAtFixedRate(this::reportChanges, seconds, seconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void reportAtShutdown() {
    reporter.shutdownNow();
    queues.keySet().forEach(queue -> console.print(Topic.STATS, snapshot(queue).toString()));
  }

  /**
   * One handler for the queue's callers, by name pattern; the events arrive as their generated
   * classes. Queue events belong to the {@code agent} class: requiring it keeps other classes out
   * of this wildcard handler, and with {@code ami.events=auto} it is what the handler adds to the
   * login event mask.
   */
  @OnEvent({"QueueCaller*", "AgentConnect"})
  @RequiresPrivilege(PrivilegeClass.AGENT)
  void onQueueActivity(AmiEvent event) {
    if (event instanceof QueueCallerJoin join) {
      tally(join.queue()).joined();
      print(join.queue(), join.callerIdNum(), "waiting at position " + join.position());
    } else if (event instanceof QueueCallerLeave leave) {
      tally(leave.queue()).left();
    } else if (event instanceof QueueCallerAbandon abandon) {
      tally(abandon.queue()).abandoned();
      Duration held = orZero(abandon.holdTime());
      print(abandon.queue(), abandon.callerIdNum(), "hung up after " + Console.duration(held));
    } else if (event instanceof AgentConnect connect) {
      Duration held = orZero(connect.holdTime());
      tally(connect.queue()).answered(held);
      print(
          connect.queue(),
          connect.callerIdNum(),
          "answered by " + connect.memberName() + " after " + Console.duration(held));
    }
  }

  /** The statistics of every queue seen so far, by queue name. */
  public List<QueueStats> statistics() {
    return queues.keySet().stream().map(this::snapshot).toList();
  }

  private QueueStats snapshot(String queue) {
    return queues.get(queue).snapshot(queue);
  }

  private void reportChanges() {
    queues.forEach(
        (queue, tally) ->
            tally.changesToReport(queue).ifPresent(s -> console.print(Topic.STATS, s.toString())));
  }

  private void print(String queue, String callerIdNum, String change) {
    console.print(Topic.QUEUE, queue + "  " + Channels.number(callerIdNum) + " " + change);
  }

  private QueueTally tally(String queue) {
    return queues.computeIfAbsent(queue, q -> new QueueTally());
  }

  /** A duration Asterisk wrote unreadably counts as none. */
  private static Duration orZero(Duration duration) {
    return duration == null ? Duration.ZERO : duration;
  }
}
