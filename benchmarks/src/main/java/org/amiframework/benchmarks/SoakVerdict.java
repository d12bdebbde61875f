package org.amiframework.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of a soak run, computed from its samples and totals, not read off a chart: the heap
 * left after a full collection does not grow, the thread count does not grow, the receiver keeps
 * up, and every event reaches exactly the handlers it should.
 *
 * <p><b>Growth limit.</b> The least-squares slope of the post-collection heap over the samples
 * after warm-up must stay under {@value #MAX_GROWTH_BYTES_PER_EVENT} bytes per event offered (300
 * KB a minute at 20,000 events/s). Anything kept per event or per call is at least a reference and
 * an object header, 16 bytes or more, and a leak of one small object per call (a call is 37 events
 * of the capture) is about 3 bytes per event; the limit sits an order of magnitude under both.
 * Above it, a service at 20,000 events/s would grow by more than 400 MB a day. The post-collection
 * readings themselves vary by tens of kilobytes (29.32 to 29.37 MB over a 2-minute run, 29.07 to
 * 29.44 MB over 10 minutes), well under what the limit allows even in a 2-minute run (about 300 KB
 * over the minute after warm-up).
 */
record SoakVerdict(List<Check> checks) {

  /** The growth limit, in bytes of heap per event offered. */
  static final double MAX_GROWTH_BYTES_PER_EVENT = 0.25;

  /** One thing checked: what, whether it holds, and the figures it rests on. */
  record Check(String what, boolean passed, String detail) {}

  /** Whether every check passed. */
  boolean passed() {
    return checks.stream().allMatch(Check::passed);
  }

  /**
   * Judges a run; samples taken at or before {@code warmupSeconds} do not count for growth.
   *
   * @throws IllegalArgumentException when fewer than two samples are left after warm-up
   */
  static SoakVerdict judge(
      List<SoakSample> samples, long warmupSeconds, long ratePerSecond, SoakTotals totals) {
    List<SoakSample> measured = samples.stream().filter(s -> s.second() > warmupSeconds).toList();
    if (measured.size() < 2) {
      throw new IllegalArgumentException(
          measured.size() + " sample(s) after warm-up: a slope needs at least two");
    }
    List<Check> checks = new ArrayList<>();
    checks.add(heap(measured, ratePerSecond));
    checks.add(threads(measured));
    checks.add(keptUp(measured, ratePerSecond, totals.late()));
    checks.add(nothingLost(totals));
    for (SoakTotals.Received r : totals.handlers()) {
      checks.add(
          new Check(
              "handler " + r.handler() + " received exactly its events",
              r.expected() == r.actual(),
              "expected " + r.expected() + ", received " + r.actual()));
    }
    return new SoakVerdict(List.copyOf(checks));
  }

  private static Check heap(List<SoakSample> measured, long ratePerSecond) {
    double perSecond = slope(measured);
    double limit = MAX_GROWTH_BYTES_PER_EVENT * ratePerSecond;
    int third = Math.max(1, measured.size() / 3);
    double first = meanHeap(measured.subList(0, third));
    double last = meanHeap(measured.subList(measured.size() - third, measured.size()));
    return new Check(
        "heap after full GC does not grow",
        perSecond <= limit,
        String.format(
            Locale.ROOT,
            "slope %+.1f KB/min (%+.3f B/event; limit %.1f KB/min, %.2f B/event) over %d samples"
                + " from %d s to %d s; mean of first third %.2f MB, of last third %.2f MB",
            perSecond * 60 / 1024,
            perSecond / ratePerSecond,
            limit * 60 / 1024,
            MAX_GROWTH_BYTES_PER_EVENT,
            measured.size(),
            measured.get(0).second(),
            measured.get(measured.size() - 1).second(),
            first / (1 << 20),
            last / (1 << 20)));
  }

  private static Check threads(List<SoakSample> measured) {
    int start = measured.get(0).memory().threads();
    int max = measured.stream().mapToInt(s -> s.memory().threads()).max().orElse(start);
    int min = measured.stream().mapToInt(s -> s.memory().threads()).min().orElse(start);
    return new Check(
        "thread count does not grow",
        max <= start,
        "after warm-up " + start + " at first, between " + min + " and " + max);
  }

  private static Check keptUp(List<SoakSample> measured, long ratePerSecond, long late) {
    long worst = measured.stream().mapToLong(s -> s.flow().backlog()).max().orElse(0);
    return new Check(
        "handlers keep up (backlog under 1 s of events at every sample, no latency late)",
        worst < ratePerSecond && late == 0,
        "largest backlog after warm-up "
            + worst
            + " events (sent, not yet handled); latencies late (arrived over 1 s after their"
            + " window ended) "
            + late);
  }

  private static Check nothingLost(SoakTotals t) {
    boolean passed =
        t.handled() == t.sent()
            && t.clientDropped() == 0
            && t.frameErrors() == 0
            && t.runtimeDiscarded() == 0
            && t.handlerFailures() == 0;
    return new Check(
        "no event lost, dropped or failed",
        passed,
        String.format(
            Locale.ROOT,
            "sent %d, handled %d; client dropped %d, frame errors %d; runtime discarded %d,"
                + " handler failures %d",
            t.sent(),
            t.handled(),
            t.clientDropped(),
            t.frameErrors(),
            t.runtimeDiscarded(),
            t.handlerFailures()));
  }

  /** Least-squares slope of the post-GC heap over time, bytes per second. */
  static double slope(List<SoakSample> samples) {
    double meanX = samples.stream().mapToLong(SoakSample::second).average().orElse(0);
    double meanY = meanHeap(samples);
    double num = 0;
    double den = 0;
    for (SoakSample s : samples) {
      double dx = s.second() - meanX;
      num += dx * (s.memory().heapAfterGc() - meanY);
      den += dx * dx;
    }
    return den == 0 ? 0 : num / den;
  }

  private static double meanHeap(List<SoakSample> samples) {
    return samples.stream().mapToLong(s -> s.memory().heapAfterGc()).average().orElse(0);
  }
}
