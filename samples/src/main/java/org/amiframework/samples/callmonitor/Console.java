package org.amiframework.samples.callmonitor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the monitor writes: one line per state change, {@code 12:00:01 CALL 5551234 -> 100
 * (from-pstn) ringing PJSIP/100}. A sample application prints to standard output on purpose (a
 * library would log instead); a test replaces this bean with an {@code @Alternative} to read the
 * lines.
 */
@ApplicationScoped
public class Console {

  /** What a line is about; the tag printed after the time. */
  public enum Topic {
    /** A call changed state. */
    CALL,
    /** An inbound call went unanswered and the PBX was told. */
    MISSED,
    /** A caller joined, left or was answered in a queue. */
    QUEUE,
    /** Queue statistics. */
    STATS,
    /** The connection to Asterisk changed. */
    LINK,
    /** A handler failed. */
    ERROR
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** Prints one line: the local time, the topic in a fixed-width column, the text. */
  public void print(Topic topic, String text) {
    System.out.printf("%s  %-6s  %s%n", LocalTime.now().format(TIME), topic, text);
  }

  /** A duration as people read it: {@code 42s}, {@code 3m05s}, {@code 1h02m09s}. */
  public static String duration(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(
        Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
