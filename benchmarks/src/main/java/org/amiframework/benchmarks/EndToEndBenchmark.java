package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Issue 6 #3, end to end: the real TCP client and the CDI runtime against a {@link
 * org.amiframework.testkit.FakeAsterisk} over loopback, from login to {@code @OnEvent} handlers.
 * Compare with {@link CeilingBenchmark} (the raw socket) and {@link IncumbentBenchmark}
 * (asterisk-java on the same server and bytes).
 *
 * <ul>
 *   <li>{@link #stream}: the server writes the 7,400 events of the bulk capture at once; the
 *       operation ends when a no-op handler has received all of them. Score: events/s, higher is
 *       better. With {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per event in
 *       the whole JVM, the fake server's copy of the stream (about 400 B/event) included.
 *   <li>{@link #latencyAt20k}: the server sends 20,000 events paced at 20,000 events/s, stamping
 *       each with {@link System#nanoTime()} as it hands it to its writer ({@code X-Sent-Nanos});
 *       the handler subtracts that from its own clock on entry. The secondary results {@code
 *       p50Micros}, {@code p99Micros}, {@code p999Micros} and {@code maxMicros} are the latencies
 *       of the iteration's run; the primary score, the run's duration, should stay near 1,000 ms
 *       (longer means the client fell behind the offered rate). The latency includes the fake's
 *       writer thread and the socket, so it bounds the client's own share from above.
 * </ul>
 *
 * @see org.amiframework.testkit.FakeAsterisk
 */
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EndToEndBenchmark {

  static final int PACED_EVENTS = 20_000;
  static final long RATE_PER_SECOND = 20_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** One replay of the capture, from the server's write to the last handler call. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(CeilingBenchmark.EVENTS)
  public void stream(Streaming s) throws TimeoutException {
    Arrivals arrivals = s.handler.arrivals();
    arrivals.expect(CeilingBenchmark.EVENTS);
    s.server.sendBulk();
    arrivals.await(TIMEOUT);
  }

  /** One second of events offered at 20,000/s, each one's latency recorded. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void latencyAt20k(Paced p) throws TimeoutException {
    p.handler.expect(PACED_EVENTS);
    long start = System.nanoTime();
    long period = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
    int sent = 0;
    while (sent < PACED_EVENTS) {
      long due = Math.min(PACED_EVENTS, (System.nanoTime() - start) / period + 1);
      while (sent < due) {
        p.server.sendStamped(sent++);
      }
      LockSupport.parkNanos(start + sent * period - System.nanoTime());
    }
    p.handler.arrivals().await(TIMEOUT);
    p.runFinished();
  }

  /** Starts the runtime with one handler bean, connected to the server as its only server. */
  static AmiApplication boot(BulkStreamServer server, Class<?> handler) {
    AmiClientConfig client =
        AmiClientConfig.builder()
            .name("bench")
            .host("127.0.0.1")
            .port(server.port())
            .username(BulkStreamServer.USERNAME)
            .secret(BulkStreamServer.SECRET)
            // Room for a whole replay: the benchmark measures speed, not the overflow policy.
            .eventQueueCapacity(2 * CeilingBenchmark.EVENTS)
            .reconnect(false)
            .build();
    AmiApplication app =
        AmiApplication.builder()
            .disableDiscovery()
            .settings(AmiSettings.builder().server(client).build())
            .beanClasses(handler)
            .start();
    server.awaitLogin();
    return app;
  }

  /** Fails the run if the client dropped events: then the figures would flatter it. */
  static void checkNoDrops(AmiApplication app) {
    ClientMetrics metrics = app.runtime().client("bench").metrics();
    if (metrics.eventsDropped() > 0 || metrics.frameErrors() > 0) {
      throw new IllegalStateException(
          "the client dropped "
              + metrics.eventsDropped()
              + " events and saw "
              + metrics.frameErrors()
              + " frame errors");
    }
  }

  /** The server and the runtime with {@link CountingHandler}. */
  @State(Scope.Thread)
  public static class Streaming {
    BulkStreamServer server;
    AmiApplication app;
    CountingHandler handler;

    @Setup(Level.Trial)
    public void start() {
      server = new BulkStreamServer();
      app = boot(server, CountingHandler.class);
      handler = app.container().select(CountingHandler.class).get();
    }

    @TearDown(Level.Iteration)
    public void check() {
      checkNoDrops(app);
    }

    @TearDown(Level.Trial)
    public void stop() {
      app.close();
      server.close();
    }
  }

  /**
   * The server and the runtime with {@link LatencyHandler}; prints the latency percentiles of each
   * run, and at the end those of every measured run together.
   */
  @State(Scope.Thread)
  public static class Paced {
    BulkStreamServer server;
    AmiApplication app;
    LatencyHandler handler;
    private final List<long[]> measured = new ArrayList<>();
    private boolean measuring;

    @Setup(Level.Trial)
    public void start() {
      server = new BulkStreamServer();
      app = boot(server, LatencyHandler.class);
      handler = app.container().select(LatencyHandler.class).get();
    }

    @Setup(Level.Iteration)
    public void begin(IterationParams iteration) {
      measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    void runFinished() {
      long[] latencies = handler.latencies();
      System.out.println(describe("this run", latencies));
      if (measuring) {
        measured.add(latencies);
      }
    }

    @TearDown(Level.Iteration)
    public void check() {
      checkNoDrops(app);
    }

    @TearDown(Level.Trial)
    public void stop() {
      if (!measured.isEmpty()) {
        long[] all = measured.stream().flatMapToLong(LongStream::of).toArray();
        System.out.println(describe("all measured runs", all));
      }
      app.close();
      server.close();
    }

    private static String describe(String what, long[] nanos) {
      Percentiles p = new Percentiles(nanos, nanos.length);
      return String.format(
          Locale.ROOT,
          "socket-to-handler latency at %d events/s, %s (%d events): p50 %.1f us, p99 %.1f us,"
              + " p99.9 %.1f us, max %.1f us",
          RATE_PER_SECOND,
          what,
          p.count(),
          p.at(50) / 1e3,
          p.at(99) / 1e3,
          p.at(99.9) / 1e3,
          p.max() / 1e3);
    }
  }
}
