package org.amiframework.samples.callmonitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.amiframework.samples.callmonitor.Console.Topic;

/**
 * The lines a monitor under test printed, which a test can wait for. A plain object, not a bean: it
 * stays readable after the application has shut down.
 */
final class ConsoleTranscript {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition printed = lock.newCondition();
  private final List<String> lines = new ArrayList<>();

  void add(Topic topic, String text) {
    lock.lock();
    try {
      lines.add(topic + "  " + text);
      printed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Every line so far, {@code TOPIC text}. */
  List<String> lines() {
    lock.lock();
    try {
      return List.copyOf(lines);
    } finally {
      lock.unlock();
    }
  }

  /** The lines of one topic so far, without the topic. */
  List<String> lines(Topic topic) {
    String prefix = topic + "  ";
    return lines().stream()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()))
        .toList();
  }

  /**
   * Waits for a line of this topic containing {@code text}.
   *
   * @return the line, without the topic
   * @throws AssertionError on timeout, listing every line printed
   */
  String awaitLine(Topic topic, String text) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    lock.lock();
    try {
      while (true) {
        for (String line : lines(topic)) {
          if (line.contains(text)) {
            return line;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no "
                  + topic
                  + " line containing '"
                  + text
                  + "' within "
                  + TIMEOUT
                  + "; printed:\n  "
                  + String.join("\n  ", lines));
        }
        printed.await(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }
}
