package org.amiframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The arithmetic the latency and end-to-end benchmarks report with. */
class LatencyHarnessTest {

  @Test
  void percentilesUseTheNearestRank() {
    long[] values = new long[100];
    for (int i = 0; i < values.length; i++) {
      values[values.length - 1 - i] = i + 1; // 100 .. 1, unsorted on purpose
    }
    Percentiles p = new Percentiles(values, values.length);
    assertEquals(50, p.at(50));
    assertEquals(99, p.at(99));
    assertEquals(100, p.at(99.9));
    assertEquals(1, p.at(0));
    assertEquals(100, p.max());
  }

  @Test
  void percentilesOfNothingAreAnError() {
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[4], 0));
  }

  @Test
  void recorderKeepsEachLatencyAndCountsArrivals() throws TimeoutException {
    LatencyRecorder recorder = new LatencyRecorder();
    recorder.expect(2);
    recorder.record(100, 150);
    recorder.record(200, 230);
    recorder.arrivals().await(Duration.ofSeconds(1));
    assertArrayEquals(new long[] {50, 30}, recorder.latencies());
  }

  @Test
  void awaitNamesWhatIsMissing() {
    Arrivals arrivals = new Arrivals();
    arrivals.expect(3);
    arrivals.arrived();
    TimeoutException e =
        assertThrows(TimeoutException.class, () -> arrivals.await(Duration.ofMillis(10)));
    assertEquals("2 expected event(s) never reached the handlers", e.getMessage());
  }

  @Test
  void arrivalsWhileNothingIsExpectedAreIgnored() throws TimeoutException {
    Arrivals arrivals = new Arrivals();
    arrivals.arrived();
    arrivals.expect(1);
    assertEquals(1, arrivals.remaining());
    arrivals.arrived();
    arrivals.await(Duration.ofSeconds(1));
    assertEquals(0, arrivals.remaining());
  }
}
