package org.amiframework.samples.callmonitor;

import java.time.Duration;

/**
 * The statistics of one queue at one moment.
 *
 * @param queue the queue name
 * @param joined callers who entered the queue
 * @param answered callers an agent answered
 * @param abandoned callers who hung up while waiting
 * @param waiting callers in the queue now
 * @param averageHold how long answered callers waited, on average
 */
public record QueueStats(
    String queue, long joined, long answered, long abandoned, long waiting, Duration averageHold) {

  /** One line: {@code support: 5 joined, 3 answered (avg hold 12s), 1 abandoned, 1 waiting}. */
  @Override
  public String toString() {
    return queue
        + ": "
        + joined
        + " joined, "
        + answered
        + " answered (avg hold "
        + Console.duration(averageHold)
        + "), "
        + abandoned
        + " abandoned, "
        + waiting
        + " waiting";
  }
}
