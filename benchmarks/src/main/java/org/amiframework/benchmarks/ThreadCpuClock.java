package org.amiframework.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Events per second of CPU time of the benchmark thread, beside JMH's events per wall-clock second:
 * on a machine shared with other work the thread is often descheduled, and the wall-clock rate then
 * understates what one core does. Meaningful only for single-threaded benchmarks.
 */
final class ThreadCpuClock {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private long startCpu;
  private long startWall;
  private long events;

  /** Starts counting on the calling thread. */
  void start() {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    events = 0;
    startWall = System.nanoTime();
    startCpu = THREADS.getCurrentThreadCpuTime();
  }

  void add(long count) {
    events += count;
  }

  /** A line giving events per CPU second and the share of wall-clock time the thread ran. */
  String report() {
    long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
    long wall = System.nanoTime() - startWall;
    return String.format(
        Locale.ROOT,
        "%,.0f events per CPU-second of the benchmark thread (it ran %.0f%% of the wall-clock time)",
        events * 1e9 / cpu,
        100.0 * cpu / wall);
  }
}
