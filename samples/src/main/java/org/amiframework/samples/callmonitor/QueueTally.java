package org.amiframework.samples.callmonitor;

import java.time.Duration;
import java.util.Optional;

/**
 * The counters of one queue since the monitor started. Thread-safe: the callers of one queue are
 * different calls, handled on different lanes.
 */
final class QueueTally {

  private long joined;
  private long answered;
  private long abandoned;
  private long left;
  private Duration answeredHold = Duration.ZERO;
  private boolean changed;

  synchronized void joined() {
    joined++;
    changed = true;
  }

  /**
   * A caller left, answered or not; counted rather than read from {@code Count}, which other lanes'
   * events may be older than.
   */
  synchronized void left() {
    left++;
    changed = true;
  }

  synchronized void answered(Duration hold) {
    answered++;
    answeredHold = answeredHold.plus(hold);
    changed = true;
  }

  synchronized void abandoned() {
    abandoned++;
    changed = true;
  }

  /** The counters now. */
  synchronized QueueStats snapshot(String queue) {
    Duration averageHold =
        Duration.ofSeconds(
            answered == 0 ? 0 : Math.round(answeredHold.toSeconds() / (double) answered));
    // Callers who joined before the monitor started may leave without having been seen joining.
    long waiting = Math.max(0, joined - left);
    return new QueueStats(queue, joined, answered, abandoned, waiting, averageHold);
  }

  /** The counters if they changed since the last call; then they count as reported. */
  synchronized Optional<QueueStats> changesToReport(String queue) {
    if (!changed) {
      return Optional.empty();
    }
    changed = false;
    return Optional.of(snapshot(queue));
  }
}
