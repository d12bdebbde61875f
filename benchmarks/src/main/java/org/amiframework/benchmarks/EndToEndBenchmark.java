package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amiframework.core.client.AmiClient;
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

/**
 * Issue 6 #3, end to end: the real TCP client and the CDI runtime against a {@link
 * org.amiframework.testkit.FakeAsterisk} over loopback, from login to {@code @OnEvent} handlers.
 * Compare with {@link CeilingBenchmark} (the raw socket) and {@link IncumbentBenchmark}
 * (asterisk-java on the same server and bytes).
 *
 * <p>The server writes the 7,400 events of the bulk capture at once; the operation ends when a
 * no-op handler has received all of them. Score: events/s, higher is better. {@link #framework} is
 * the figure of the issue (client, runtime, {@link CountingHandler}); {@link #clientOnly} is the
 * same with the client alone and a plain listener, so the difference is the runtime's share. With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is bytes allocated per event in the whole JVM, the
 * fake server's copy of the stream (about 400 B/event) included. Latency at a fixed rate is {@link
 * EndToEndLatencyBenchmark}.
 *
 * @see org.amiframework.testkit.FakeAsterisk
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CeilingBenchmark.EVENTS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EndToEndBenchmark {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** One replay, through the client and the runtime to an {@code @OnEvent} method. */
  @Benchmark
  public void framework(Framework run) throws TimeoutException {
    replay(run.server, run.handler.arrivals());
  }

  /** One replay, through the client alone to an {@code EventListener}: the runtime's share out. */
  @Benchmark
  public void clientOnly(ClientOnly run) throws TimeoutException {
    replay(run.server, run.arrivals);
  }

  private static void replay(BulkStreamServer server, Arrivals arrivals) throws TimeoutException {
    arrivals.expect(CeilingBenchmark.EVENTS);
    server.sendBulk();
    arrivals.await(TIMEOUT);
  }

  /** The configuration of a client of the server. */
  static AmiClientConfig clientConfig(BulkStreamServer server) {
    return clientConfigBuilder(server)
        // Room for a whole replay: the benchmark measures speed, not the overflow policy.
        .eventQueueCapacity(2 * CeilingBenchmark.EVENTS)
        .build();
  }

  /** A client of the server with the client's defaults, never reconnecting. */
  static AmiClientConfig.Builder clientConfigBuilder(BulkStreamServer server) {
    return AmiClientConfig.builder()
        .name("bench")
        .host("127.0.0.1")
        .port(server.port())
        .username(BulkStreamServer.USERNAME)
        .secret(BulkStreamServer.SECRET)
        .reconnect(false);
  }

  /** Starts the runtime with one handler bean, connected to the server as its only server. */
  static AmiApplication boot(BulkStreamServer server, Class<?> handler) {
    return boot(server, clientConfig(server), handler);
  }

  /** Starts the runtime with these handler beans and client, the server as its only server. */
  static AmiApplication boot(
      BulkStreamServer server, AmiClientConfig client, Class<?>... handlers) {
    AmiSettings.Builder settings = AmiSettings.builder().server(client);
    // -jvmArgsAppend -Dbench.lanes=N compares lane counts; unset, the runtime's default.
    Integer lanes = Integer.getInteger("bench.lanes");
    if (lanes != null) {
      settings.lanes(lanes);
    }
    AmiApplication app =
        AmiApplication.builder()
            .disableDiscovery()
            .settings(settings.build())
            .beanClasses(handlers)
            .start();
    server.awaitLogin();
    return app;
  }

  /** Fails the run if the client dropped events: then the figures would flatter it. */
  static void checkNoDrops(AmiClient client) {
    ClientMetrics metrics = client.metrics();
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
  public static class Framework {
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
      checkNoDrops(app.runtime().client("bench"));
    }

    @TearDown(Level.Trial)
    public void stop() {
      app.close();
      server.close();
    }
  }

  /** The server and a bare client whose listener counts. */
  @State(Scope.Thread)
  public static class ClientOnly {
    BulkStreamServer server;
    AmiClient client;
    final Arrivals arrivals = new Arrivals();

    @Setup(Level.Trial)
    public void start() {
      server = new BulkStreamServer();
      client = AmiClient.create(clientConfig(server));
      client.subscribe(
          event -> {
            if (!"FullyBooted".equals(event.name())) {
              arrivals.arrived();
            }
          });
      client.connect().join();
      server.awaitLogin();
    }

    @TearDown(Level.Iteration)
    public void check() {
      checkNoDrops(client);
    }

    @TearDown(Level.Trial)
    public void stop() {
      client.close();
      server.close();
    }
  }
}
