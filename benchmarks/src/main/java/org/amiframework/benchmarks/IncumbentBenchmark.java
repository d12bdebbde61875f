package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.FullyBootedEvent;
import org.asteriskjava.manager.event.ManagerEvent;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 6 #4, the incumbent: asterisk-java's {@code ManagerConnection} on exactly the setup of
 * {@link EndToEndBenchmark#stream}: the same {@link BulkStreamServer} (which answers its MD5
 * challenge, login and {@code core show version} as Asterisk 22 does), the same 7,400 events
 * written at once, a no-op {@code ManagerEventListener} that only counts. Score: events/s offered
 * (7,400 per operation), higher is better; with {@code -prof gc}, bytes allocated per event in the
 * whole JVM, the server's share (about 400 B/event) included as on our side.
 *
 * <p>asterisk-java may not turn every event of the capture into an event object (it drops names it
 * has no class for). How many it delivers per replay is counted once at setup and logged; the
 * operation then waits for exactly that many.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncumbentBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(IncumbentBenchmark.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private BulkStreamServer server;
  private ManagerConnection connection;
  private final Arrivals arrivals = new Arrivals();
  private final AtomicLong delivered = new AtomicLong();
  private long deliveredPerReplay;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = new BulkStreamServer();
    connection =
        new ManagerConnectionFactory(
                "127.0.0.1", server.port(), BulkStreamServer.USERNAME, BulkStreamServer.SECRET)
            .createManagerConnection();
    connection.addEventListener(this::onManagerEvent);
    connection.login();
    server.awaitLogin();
    deliveredPerReplay = countDeliveredPerReplay();
    LOG.info(
        "asterisk-java delivers {} of the {} events of each replay",
        deliveredPerReplay,
        CeilingBenchmark.EVENTS);
  }

  private void onManagerEvent(ManagerEvent event) {
    // The FullyBooted Asterisk sends at login is not part of the replayed stream.
    if (!(event instanceof FullyBootedEvent)) {
      delivered.incrementAndGet();
      arrivals.arrived();
    }
  }

  /** Replays once and waits until no event has arrived for a whole second. */
  private long countDeliveredPerReplay() throws InterruptedException {
    delivered.set(0);
    server.sendBulk();
    long last = -1;
    while (delivered.get() != last) {
      last = delivered.get();
      TimeUnit.SECONDS.sleep(1);
    }
    if (last == 0) {
      throw new IllegalStateException("asterisk-java delivered no event of the replay");
    }
    return last;
  }

  @TearDown(Level.Trial)
  public void stop() {
    connection.logoff();
    server.close();
  }

  /** One replay of the capture, from the server's write to the last listener call. */
  @Benchmark
  @OperationsPerInvocation(CeilingBenchmark.EVENTS)
  public void stream() throws TimeoutException {
    arrivals.expect(deliveredPerReplay);
    server.sendBulk();
    arrivals.await(TIMEOUT);
  }
}
