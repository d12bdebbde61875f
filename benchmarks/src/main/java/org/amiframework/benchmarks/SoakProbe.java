package org.amiframework.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.RuntimeMetrics;

/**
 * Takes a soak run's samples. The heap is the one left by {@code System.gc()} ({@link ExplicitGc}),
 * a full, stop-the-world collection with G1: what remains is what is reachable, so a series of
 * these readings grows only if something keeps objects. The pause shows up in the latencies of the
 * window after it.
 */
final class SoakProbe {

  private static final long QUIET_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final ExplicitGc collector = new ExplicitGc();
  private final AmiClient client;
  private final AmiRuntime runtime;
  private final SoakTrafficHandler traffic;
  private final SoakCallHandler calls;
  private final LongSupplier sent;
  private final long quietBacklog;

  /** {@code quietBacklog}: events in flight under which the heap is read (see {@link #sample}). */
  SoakProbe(
      AmiRuntime runtime,
      AmiClient client,
      SoakTrafficHandler traffic,
      SoakCallHandler calls,
      LongSupplier sent,
      long quietBacklog) {
    this.runtime = runtime;
    this.client = client;
    this.traffic = traffic;
    this.calls = calls;
    this.sent = sent;
    this.quietBacklog = quietBacklog;
  }

  /**
   * A sample at {@code second}, with the latencies of the window that ended then. The flow is read
   * first; the heap once fewer than {@code quietBacklog} events are in flight, or two seconds on.
   */
  SoakSample sample(long second, SoakSample.Latency latency) {
    // The flow first: the collection stops every thread, and the sender catches up after it.
    long handled = traffic.handled();
    SoakSample.Flow flow =
        new SoakSample.Flow(
            sent.getAsLong(),
            handled,
            client.metrics().eventsQueued(),
            runtime.metrics().eventsQueued(),
            lost(),
            calls.channelsUp());
    // Events in flight hold memory (about 500 B each, mostly in the server's write queue): a
    // collection during a stall of this shared machine would count thousands of them, a bump of
    // megabytes in one sample. Up to two seconds for the backlog to fall under quietBacklog.
    long deadline = System.nanoTime() + QUIET_WAIT_NANOS;
    while (sent.getAsLong() - traffic.handled() > quietBacklog && System.nanoTime() < deadline) {
      LockSupport.parkNanos(QUIET_WAIT_NANOS / 2_000);
    }
    ExplicitGc.Result gc = collector.collect();
    SoakSample.Memory mem =
        new SoakSample.Memory(
            gc.heapAfter(),
            memory.getNonHeapMemoryUsage().getUsed(),
            gc.millis(),
            ManagementFactory.getThreadMXBean().getThreadCount());
    return new SoakSample(
        second,
        mem,
        flow,
        latency,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Every event lost or failed so far, by the client's and the runtime's counters. */
  long lost() {
    ClientMetrics c = client.metrics();
    RuntimeMetrics r = runtime.metrics();
    return c.eventsDropped() + c.frameErrors() + r.eventsDiscarded() + r.handlerFailures();
  }
}
