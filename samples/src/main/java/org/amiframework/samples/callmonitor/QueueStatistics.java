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
   * Queue events belong to the {@code agent} class. Requiring it keeps events of other classes out
   * of this wildcard handler, and with {@code ami.events=auto} it is what this handler adds to the
   * login event mask.
   */
  @OnEvent({"QueueCaller*", "AgentConnect"})
  @RequiresPrivilege(PrivilegeClass.AGENT)
  void onQueueActivity(AmiEvent event) {
    String queue = event.header("Queue");
    QueueTally tally = queues.computeIfAbsent(queue, q -> new QueueTally());
    String caller = Channels.number(event.header("CallerIDNum"));
    switch (event.name()) {
      case "QueueCallerJoin" -> {
        tally.joined();
        console.print(
            Topic.QUEUE,
            queue + "  " + caller + " waiting at position " + event.header("Position"));
      }
      case "QueueCallerLeave" -> tally.left();
      case "QueueCallerAbandon" -> {
        tally.abandoned();
        console.print(
            Topic.QUEUE,
            queue + "  " + caller + " hung up after " + seconds(event.header("HoldTime")));
      }
      case "AgentConnect" -> {
        tally.answered(count(event.header("HoldTime")));
        console.print(
            Topic.QUEUE,
            queue
                + "  "
                + caller
                + " answered by "
                + event.header("MemberName")
                + " after "
                + seconds(event.header("HoldTime")));
      }
      default -> {
        // QueueCallerWhatever of a newer Asterisk: nothing to count.
      }
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

  private static long count(String value) {
    try {
      return value == null ? 0 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String seconds(String value) {
    return Console.duration(Duration.ofSeconds(count(value)));
  }
}
