package org.amiframework.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a soak run's samples as a table, one row per window, and its verdict; writes a CSV. */
final class SoakReport {

  private static final String[] COLUMNS = {
    "t_s",
    "heap_after_gc_mb",
    "non_heap_mb",
    "gc_ms",
    "threads",
    "sent",
    "handled",
    "backlog",
    "client_queued",
    "lanes_queued",
    "lost",
    "channels_up",
    "latency_n",
    "p50_us",
    "p99_us",
    "p999_us",
    "max_us",
    "load1"
  };
  private static final String ROW =
      "%6s %8s %7s %5s %7s %10s %10s %7s %7s %7s %5s %6s %7s %8s %8s %8s %8s %5s";

  private final PrintStream out;

  SoakReport(PrintStream out) {
    this.out = out;
  }

  /** The table's heading, with what the columns mean. */
  void header() {
    out.println(
        "heap: MB left by a System.gc(), as that collection reported it; gc: its pause, ms;"
            + " sent/handled: events since the start; backlog: sent - handled;");
    out.println(
        "queued: events waiting in the client / the runtime's lanes; lost: dropped + discarded +"
            + " frame errors + handler failures;");
    out.println(
        "latency: server send -> handler entry, µs, of the events sent in the window ending at"
            + " t; load: 1-minute load average.");
    out.println(
        String.format(
            Locale.ROOT,
            ROW,
            "t s",
            "heap MB",
            "nonheap",
            "gc",
            "threads",
            "sent",
            "handled",
            "backlog",
            "client",
            "lanes",
            "lost",
            "chans",
            "lat n",
            "p50",
            "p99",
            "p99.9",
            "max",
            "load"));
  }

  /** One sample's row. */
  void row(SoakSample s) {
    out.println(String.format(Locale.ROOT, ROW, (Object[]) cells(s, true)));
  }

  /** The verdict, check by check, and the overall outcome. */
  void verdict(SoakVerdict verdict) {
    out.println();
    for (SoakVerdict.Check c : verdict.checks()) {
      out.println((c.passed() ? "PASS " : "FAIL ") + c.what() + ": " + c.detail());
    }
    out.println(verdict.passed() ? "SOAK PASSED" : "SOAK FAILED");
  }

  /** Writes the samples as CSV, one row per sample, the first row naming the columns. */
  static void writeCsv(Path file, List<SoakSample> samples) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", COLUMNS));
    for (SoakSample s : samples) {
      lines.add(String.join(",", cells(s, false)));
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the soak samples to " + file, e);
    }
  }

  private static String[] cells(SoakSample s, boolean rounded) {
    SoakSample.Memory m = s.memory();
    SoakSample.Flow f = s.flow();
    SoakSample.Latency l = s.latency();
    return new String[] {
      Long.toString(s.second()),
      String.format(Locale.ROOT, rounded ? "%.2f" : "%.4f", m.heapAfterGc() / 1048576.0),
      String.format(Locale.ROOT, "%.1f", m.nonHeap() / 1048576.0),
      Long.toString(m.gcMillis()),
      Integer.toString(m.threads()),
      Long.toString(f.sent()),
      Long.toString(f.handled()),
      Long.toString(f.backlog()),
      Integer.toString(f.clientQueued()),
      Integer.toString(f.lanesQueued()),
      Long.toString(f.lost()),
      Integer.toString(f.channelsUp()),
      l == null ? "0" : Integer.toString(l.count()),
      micros(l == null ? -1 : l.p50()),
      micros(l == null ? -1 : l.p99()),
      micros(l == null ? -1 : l.p999()),
      micros(l == null ? -1 : l.max()),
      String.format(Locale.ROOT, "%.2f", s.load())
    };
  }

  private static String micros(long nanos) {
    return nanos < 0 ? "" : String.format(Locale.ROOT, "%.1f", nanos / 1e3);
  }
}
