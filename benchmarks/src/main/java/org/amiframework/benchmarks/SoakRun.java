package org.amiframework.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.RuntimeMetrics;

/**
 * Issue 6, the soak: memory must not grow over 10 minutes at 20,000 events/s, end to end. The
 * server ({@link BulkStreamServer}) streams the real capture over loopback after login, at a fixed
 * offered rate ({@link OpenLoopPacer}), each replay with new call identifiers; the client and the
 * runtime deliver every event to {@link SoakTrafficHandler} (all events, latency) and {@link
 * SoakCallHandler} (typed handlers, a {@code @Where} filter, typed fields). Every window (10 s) a
 * {@link SoakProbe} sample is printed; at the end {@link SoakVerdict} decides, and the process
 * exits with 1 when it fails. Settings: {@link SoakSettings}.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package exec:exec@soak -DskipTests [-Dsoak.minutes=2] [-Dsoak.leak=true]
 * </pre>
 */
public final class SoakRun {

  /** How long after a window ends its latencies are read: its last events have arrived by then. */
  private static final Duration GRACE = Duration.ofSeconds(1);

  /** How long the end waits for the events still in flight. */
  private static final Duration DRAIN = Duration.ofSeconds(30);

  private SoakRun() {}

  /** Entry point; exits with 0 when the soak passed, 1 when it failed, 2 on bad settings. */
  public static void main(String[] args) throws InterruptedException {
    SoakSettings settings;
    try {
      settings = SoakSettings.from(System.getProperties());
    } catch (IllegalArgumentException e) {
      System.err.println("soak: " + e.getMessage());
      System.exit(2);
      return;
    }
    boolean passed;
    try (BulkStreamServer server = new BulkStreamServer()) {
      List<Class<?>> handlers = new ArrayList<>();
      handlers.add(SoakTrafficHandler.class);
      handlers.add(SoakCallHandler.class);
      if (settings.leak()) {
        handlers.add(SoakLeakingHandler.class);
      }
      try (AmiApplication app =
          EndToEndBenchmark.boot(
              server,
              // The client as shipped (queue, overflow policy), but never reconnecting.
              EndToEndBenchmark.clientConfigBuilder(server).build(),
              handlers.toArray(Class<?>[]::new))) {
        passed = run(settings, server, app);
      }
    }
    System.exit(passed ? 0 : 1);
  }

  private static boolean run(SoakSettings settings, BulkStreamServer server, AmiApplication app)
      throws InterruptedException {
    SoakTrafficHandler traffic = app.container().select(SoakTrafficHandler.class).get();
    SoakCallHandler calls = app.container().select(SoakCallHandler.class).get();
    AmiClient client = app.runtime().client("bench");
    AtomicLong sent = new AtomicLong();
    // The heap is read with under 10 ms of events in flight (200 at 20,000 events/s).
    SoakProbe probe =
        new SoakProbe(
            app.runtime(), client, traffic, calls, sent::get, settings.ratePerSecond() / 100);
    SoakReport report = new SoakReport(System.out);
    describe(settings);

    long windowNanos = settings.window().toNanos();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
    int capacity = (int) (settings.ratePerSecond() * settings.window().toSeconds() * 11 / 10 + 100);
    LatencyWindows latencies = new LatencyWindows(start, windowNanos, capacity);
    traffic.recordInto(latencies);
    List<SoakSample> samples = Collections.synchronizedList(new ArrayList<>());
    Thread sampler =
        new Thread(
            () -> {
              for (long k = 0; k < settings.windows(); k++) {
                parkUntil(start + (k + 1) * windowNanos + GRACE.toNanos());
                long second = (k + 1) * settings.window().toSeconds();
                // The latencies first, so their sorted copy is garbage by the collection.
                SoakSample.Latency latency = SoakSample.Latency.of(latencies.take(k));
                SoakSample sample = probe.sample(second, latency);
                samples.add(sample);
                report.row(sample);
              }
            },
            "soak-sampler");
    report.header();
    sampler.start();
    OpenLoopPacer.pace(
        start, settings.ratePerSecond(), settings.events(), new Replays(server, sent));
    sampler.join();

    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (traffic.handled() < sent.get() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    SoakTotals totals = totals(client, app, traffic, calls, sent.get(), latencies);
    SoakVerdict verdict =
        SoakVerdict.judge(samples, settings.warmup().toSeconds(), settings.ratePerSecond(), totals);
    report.verdict(verdict);
    SoakReport.writeCsv(settings.csv(), samples);
    System.out.println("samples written to " + settings.csv().toAbsolutePath());
    return verdict.passed();
  }

  private static SoakTotals totals(
      AmiClient client,
      AmiApplication app,
      SoakTrafficHandler traffic,
      SoakCallHandler calls,
      long sent,
      LatencyWindows latencies) {
    List<AmiMessage> stream = SharedData.bulkMessages();
    List<SoakTotals.Received> received = new ArrayList<>();
    for (SoakCallHandler.Tally tally : calls.tallies()) {
      long perReplay = 0;
      long prefix = 0;
      for (int i = 0; i < stream.size(); i++) {
        long n = tally.perMessage().applyAsLong(stream.get(i));
        perReplay += n;
        prefix += i < sent % stream.size() ? n : 0;
      }
      long expected = sent / stream.size() * perReplay + prefix;
      received.add(new SoakTotals.Received(tally.handler(), expected, tally.actual().getAsLong()));
    }
    ClientMetrics c = client.metrics();
    RuntimeMetrics r = app.runtime().metrics();
    return new SoakTotals(
        sent,
        traffic.handled(),
        c.eventsDropped(),
        c.frameErrors(),
        r.eventsDiscarded(),
        r.handlerFailures(),
        latencies.late(),
        received);
  }

  private static void describe(SoakSettings s) {
    System.out.printf(
        "soak: %d events/s for %s (%d events), samples every %d s, warm-up %d s%s;"
            + " started %s; JVM %s, max heap %d MB, %d CPUs, load %.2f%n",
        s.ratePerSecond(),
        s.duration(),
        s.events(),
        s.window().toSeconds(),
        s.warmup().toSeconds(),
        s.leak() ? ", WITH THE DELIBERATE LEAK (soak.leak=true)" : "",
        Instant.now(),
        System.getProperty("java.vm.version"),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void parkUntil(long nanoTime) {
    for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  /** Sends event {@code i} of the endless replay: capture position, and call ids of its replay. */
  private static final class Replays implements LongConsumer {
    private final BulkStreamServer server;
    private final AtomicLong sent;
    private final int size;
    private long replay = -1;
    private String suffix;

    Replays(BulkStreamServer server, AtomicLong sent) {
      this.server = server;
      this.sent = sent;
      this.size = server.captureSize();
    }

    @Override
    public void accept(long i) {
      if (i / size != replay) {
        replay = i / size;
        suffix = "-r" + replay;
      }
      server.sendStamped((int) (i % size), suffix);
      sent.set(i + 1);
    }
  }
}
