package org.amiframework.benchmarks;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the latencies of one paced run, from any number of threads: each arrival gives the send
 * time stamped by the server and the receiver's clock, both {@link System#nanoTime()} of this JVM.
 */
final class LatencyRecorder {

  private final Arrivals arrivals = new Arrivals();
  private final AtomicInteger recorded = new AtomicInteger();
  private volatile long[] latencies = new long[0];

  /** Starts recording up to {@code count} latencies, expecting that many arrivals. */
  void expect(int count) {
    recorded.set(0);
    latencies = new long[count];
    arrivals.expect(count);
  }

  /** One arrival: {@code receivedNanos - sentNanos} is its latency. */
  void record(long sentNanos, long receivedNanos) {
    long[] into = latencies;
    int i = recorded.getAndIncrement();
    if (i < into.length) {
      into[i] = receivedNanos - sentNanos;
    }
    arrivals.arrived();
  }

  Arrivals arrivals() {
    return arrivals;
  }

  /** The latencies recorded since {@link #expect}, in nanoseconds, in arrival order. */
  long[] latencies() {
    return Arrays.copyOf(latencies, Math.min(recorded.get(), latencies.length));
  }
}
