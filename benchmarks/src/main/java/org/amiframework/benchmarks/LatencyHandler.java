package org.amiframework.benchmarks;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;

/**
 * The handler of the end-to-end latency benchmark: on entry it reads the clock, subtracts the send
 * time the server stamped into the event ({@link BulkStreamServer#SENT_NANOS}) and records the
 * difference.
 */
@AmiHandler
public class LatencyHandler {

  private final Arrivals arrivals = new Arrivals();
  private final AtomicInteger recorded = new AtomicInteger();
  private volatile long[] latencies = new long[0];

  @OnEvent
  void on(AmiEvent event) {
    long now = System.nanoTime();
    String sent = event.message().get(BulkStreamServer.SENT_NANOS);
    if (sent == null) {
      return; // FullyBooted at login
    }
    long[] into = latencies;
    int i = recorded.getAndIncrement();
    if (i < into.length) {
      into[i] = now - Long.parseLong(sent);
    }
    arrivals.arrived();
  }

  /** Starts recording up to {@code count} latencies, expecting that many events. */
  void expect(int count) {
    recorded.set(0);
    latencies = new long[count];
    arrivals.expect(count);
  }

  Arrivals arrivals() {
    return arrivals;
  }

  /** The latencies recorded since {@link #expect}, in nanoseconds, in arrival order. */
  long[] latencies() {
    return Arrays.copyOf(latencies, Math.min(recorded.get(), latencies.length));
  }
}
