package org.amiframework.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.LongStream;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiApplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Issue 6 #3, latency: from the server handing an event to its socket writer to the handler's
 * entry, at a fixed offered rate of 20,000 events/s.
 *
 * <p>Each operation is one second: the benchmark thread, playing the server, sends 20,000 events of
 * the bulk capture on a fixed schedule, each stamped with {@link System#nanoTime()} in a header
 * {@code X-Sent-Nanos} (client and server share this JVM, so the clocks agree), and waits until all
 * have arrived. {@link #framework}: the real client and runtime, a handler that reads the clock on
 * entry ({@link LatencyHandler}). {@link #clientOnly}: the client alone and a listener, so the
 * difference is the runtime's share. {@link #rawSocket}: the control, a bare socket reader ({@link
 * RawSocketReader}), which shows what the machine alone costs.
 *
 * <p><b>How to read it.</b> The fork prints the percentiles (p50, p99, p99.9, max) of every run
 * and, at the end, of all measured runs together: those are the figures (JMH's table has no place
 * for them). The primary score, the run's duration, should stay near 1,000 ms; longer means the
 * receiver fell behind the offered rate.
 *
 * <p><b>Warm-up.</b> Twelve one-second runs (240,000 events) come before the measured ten: on 2
 * vCPUs the JIT keeps compiling the client's and the runtime's paths for several seconds, and while
 * it does, the p99 of a run is 1 to 4 ms for the client and the framework alike (the bare socket,
 * with little code to compile, settles after four). With three warm-up runs, as before, the
 * measured runs were still part of that transient. The steady state is what a PBX monitor lives in;
 * the start-up transient is visible in the warm-up lines of the output.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 12)
@Measurement(iterations = 10)
public class EndToEndLatencyBenchmark {

  static final int EVENTS_PER_RUN = 20_000;
  static final long RATE_PER_SECOND = 20_000;

  /** Through the TCP client and the CDI runtime to an {@code @OnEvent} method. */
  @Benchmark
  public void framework(Framework run) throws TimeoutException {
    run.pace();
  }

  /** Through the TCP client alone to an {@code EventListener}: the runtime's share out. */
  @Benchmark
  public void clientOnly(ClientOnly run) throws TimeoutException {
    run.pace();
  }

  /** Through a bare socket to a thread that only scans the bytes: the floor. */
  @Benchmark
  public void rawSocket(RawSocket run) throws TimeoutException {
    run.pace();
  }

  /** A paced run against a receiver; keeps the latencies of the measured runs. */
  public abstract static class PacedRun {
    BulkStreamServer server;
    private final List<long[]> measured = new ArrayList<>();
    private boolean measuring;

    /** Where the receiver records what arrives. */
    abstract LatencyRecorder recorder();

    /** What receives the events, for the printed lines. */
    abstract String receiver();

    @Setup(Level.Iteration)
    public void begin(IterationParams iteration) {
      measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** Sends one second of stamped events on schedule and waits until all have arrived. */
    void pace() throws TimeoutException {
      LatencyRecorder recorder = recorder();
      recorder.expect(EVENTS_PER_RUN);
      OpenLoopPacer.pace(
          System.nanoTime(), RATE_PER_SECOND, EVENTS_PER_RUN, i -> server.sendStamped((int) i));
      recorder.arrivals().await(EndToEndBenchmark.TIMEOUT);
      long[] latencies = recorder.latencies();
      System.out.println(describe("this run", latencies));
      if (measuring) {
        measured.add(latencies);
      }
    }

    /** Prints the percentiles of every measured run together. */
    void report() {
      if (!measured.isEmpty()) {
        long[] all = measured.stream().flatMapToLong(LongStream::of).toArray();
        System.out.println(describe("all measured runs", all));
      }
    }

    private String describe(String what, long[] nanos) {
      Percentiles p = new Percentiles(nanos, nanos.length);
      return String.format(
          Locale.ROOT,
          "%s latency at %d events/s, %s (%d events): p50 %.1f us, p99 %.1f us, p99.9 %.1f us,"
              + " max %.1f us",
          receiver(),
          RATE_PER_SECOND,
          what,
          p.count(),
          p.at(50) / 1e3,
          p.at(99) / 1e3,
          p.at(99.9) / 1e3,
          p.max() / 1e3);
    }
  }

  /** The server and the runtime with {@link LatencyHandler}. */
  @State(Scope.Thread)
  public static class Framework extends PacedRun {
    private AmiApplication app;
    private LatencyHandler handler;

    @Setup(Level.Trial)
    public void start() {
      server = new BulkStreamServer();
      app = EndToEndBenchmark.boot(server, LatencyHandler.class);
      handler = app.container().select(LatencyHandler.class).get();
    }

    @Override
    LatencyRecorder recorder() {
      return handler.recorder();
    }

    @Override
    String receiver() {
      return "framework (client, runtime, handler)";
    }

    @TearDown(Level.Iteration)
    public void check() {
      EndToEndBenchmark.checkNoDrops(app.runtime().client("bench"));
    }

    @TearDown(Level.Trial)
    public void stop() {
      report();
      app.close();
      server.close();
    }
  }

  /** The server and a bare client whose listener records. */
  @State(Scope.Thread)
  public static class ClientOnly extends PacedRun {
    private final LatencyRecorder recorder = new LatencyRecorder();
    private AmiClient client;

    @Setup(Level.Trial)
    public void start() {
      server = new BulkStreamServer();
      client = AmiClient.create(EndToEndBenchmark.clientConfig(server));
      client.subscribe(
          event -> {
            long now = System.nanoTime();
            String sent = event.message().get(BulkStreamServer.SENT_NANOS);
            if (sent != null) {
              recorder.record(Long.parseLong(sent), now);
            }
          });
      client.connect().join();
      server.awaitLogin();
    }

    @Override
    LatencyRecorder recorder() {
      return recorder;
    }

    @Override
    String receiver() {
      return "client only (client, listener)";
    }

    @TearDown(Level.Iteration)
    public void check() {
      EndToEndBenchmark.checkNoDrops(client);
    }

    @TearDown(Level.Trial)
    public void stop() {
      report();
      client.close();
      server.close();
    }
  }

  /** The server and a {@link RawSocketReader}. */
  @State(Scope.Thread)
  public static class RawSocket extends PacedRun {
    private RawSocketReader reader;

    @Setup(Level.Trial)
    public void start() throws IOException {
      server = new BulkStreamServer();
      reader = new RawSocketReader(server.port());
      server.awaitLogin();
    }

    @Override
    LatencyRecorder recorder() {
      return reader.recorder();
    }

    @Override
    String receiver() {
      return "raw socket reader";
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      report();
      reader.close();
      server.close();
    }
  }
}
