package org.amiframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {

  private static final long RATE = 20_000;
  private static final long WARMUP = 60;
  private static final long BASE = 24L << 20;

  @Test
  void aFlatHeapWithNoiseAndNothingLostPasses() {
    // ±40 KB around 24 MB, as the post-GC readings of a real run vary.
    SoakVerdict verdict = judge(samples(t -> BASE + (t % 30 == 0 ? 40_000 : -40_000)), clean());

    assertTrue(verdict.passed(), verdict.toString());
  }

  @Test
  void growthAboveTheLimitFailsOnlyTheHeapCheck() {
    // 0.3 B/event at 20,000 events/s: 6,000 B/s.
    SoakVerdict verdict = judge(samples(t -> BASE + 6_000 * t), clean());

    assertFalse(verdict.passed());
    assertEquals(List.of("heap after full GC does not grow"), failed(verdict));
  }

  @Test
  void growthBelowTheLimitPasses() {
    // 0.2 B/event: under the limit of 0.25.
    assertTrue(judge(samples(t -> BASE + 4_000 * t), clean()).passed());
  }

  @Test
  void growthDuringWarmUpDoesNotCount() {
    SoakVerdict verdict =
        judge(samples(t -> BASE + (t <= WARMUP ? t << 20 : WARMUP << 20)), clean());

    assertTrue(verdict.passed(), verdict.toString());
  }

  @Test
  void slopeIsTheLeastSquaresFit() {
    List<SoakSample> line = samples(t -> 1_000 + 7 * t);

    assertEquals(7.0, SoakVerdict.slope(line), 1e-9);
  }

  @Test
  void aThreadMoreThanAtTheEndOfWarmUpFails() {
    SoakVerdict verdict = judge(samples(t -> BASE, t -> t > 200 ? 25 : 24, t -> 0), clean());

    assertEquals(List.of("thread count does not grow"), failed(verdict));
  }

  @Test
  void aBacklogOfASecondOfEventsFails() {
    SoakVerdict verdict = judge(samples(t -> BASE, t -> 24, t -> t == 300 ? RATE : 0), clean());

    assertEquals(1, failed(verdict).size());
    assertTrue(failed(verdict).get(0).startsWith("handlers keep up"));
  }

  @Test
  void anyLostEventFails() {
    List<SoakSample> flat = samples(t -> BASE);
    List<SoakTotals> broken =
        List.of(
            new SoakTotals(100, 99, 0, 0, 0, 0, 0, List.of()),
            new SoakTotals(100, 100, 1, 0, 0, 0, 0, List.of()),
            new SoakTotals(100, 100, 0, 1, 0, 0, 0, List.of()),
            new SoakTotals(100, 100, 0, 0, 1, 0, 0, List.of()),
            new SoakTotals(100, 100, 0, 0, 0, 1, 0, List.of()));

    for (SoakTotals totals : broken) {
      assertEquals(
          List.of("no event lost, dropped or failed"), failed(judge(flat, totals)), "" + totals);
    }
  }

  @Test
  void aLateLatencyFailsTheKeepUpCheck() {
    SoakTotals late = new SoakTotals(100, 100, 0, 0, 0, 0, 1, List.of());

    List<String> failed = failed(judge(samples(t -> BASE), late));

    assertEquals(1, failed.size());
    assertTrue(failed.get(0).startsWith("handlers keep up"));
  }

  @Test
  void aHandlerThatReceivedOtherThanExpectedFails() {
    SoakTotals totals =
        new SoakTotals(
            100,
            100,
            0,
            0,
            0,
            0,
            0,
            List.of(
                new SoakTotals.Received("right", 5, 5), new SoakTotals.Received("wrong", 5, 6)));

    assertEquals(
        List.of("handler wrong received exactly its events"),
        failed(judge(samples(t -> BASE), totals)));
  }

  @Test
  void fewerThanTwoSamplesAfterWarmUpAreRefused() {
    List<SoakSample> one = samples(t -> BASE).subList(0, 7);

    assertThrows(IllegalArgumentException.class, () -> judge(one, clean()));
  }

  private static SoakVerdict judge(List<SoakSample> samples, SoakTotals totals) {
    return SoakVerdict.judge(samples, WARMUP, RATE, totals);
  }

  private static SoakTotals clean() {
    return new SoakTotals(100, 100, 0, 0, 0, 0, 0, List.of(new SoakTotals.Received("h", 5, 5)));
  }

  private static List<String> failed(SoakVerdict verdict) {
    return verdict.checks().stream().filter(c -> !c.passed()).map(SoakVerdict.Check::what).toList();
  }

  /** Ten minutes of samples every 10 s, the heap a function of the second. */
  private static List<SoakSample> samples(LongUnaryOperator heap) {
    return samples(heap, t -> 24, t -> 0);
  }

  private static List<SoakSample> samples(
      LongUnaryOperator heap, LongToIntFunction threads, LongUnaryOperator backlog) {
    List<SoakSample> out = new ArrayList<>();
    for (long t = 10; t <= 600; t += 10) {
      long sent = RATE * t;
      out.add(
          new SoakSample(
              t,
              new SoakSample.Memory(heap.applyAsLong(t), 30 << 20, 20, threads.applyAsInt(t)),
              new SoakSample.Flow(sent, sent - backlog.applyAsLong(t), 0, 0, 0, 300),
              new SoakSample.Latency(200_000, 60_000, 2_000_000, 4_000_000, 9_000_000),
              1.0));
    }
    return out;
  }
}
