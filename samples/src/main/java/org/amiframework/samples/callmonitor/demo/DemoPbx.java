package org.amiframework.samples.callmonitor.demo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.ScenarioEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated PBX to try the call monitor without an Asterisk: the testkit's {@link FakeAsterisk}
 * on a loopback port, speaking real AMI over TCP or over HTTP, with calls coming and going all the
 * time. One call is already talking before anyone connects; then a new call starts every few
 * seconds.
 *
 * <pre>{@code
 * try (DemoPbx pbx = DemoPbx.start()) {
 *   AmiApplication.builder().args(pbx.amiArguments()).run();
 * }
 * }</pre>
 */
public final class DemoPbx implements AutoCloseable {

  /** The manager user of the demo PBX. */
  public static final String USERNAME = "monitor";

  /** Its secret; the demo PBX listens on the loopback interface only. */
  public static final String SECRET = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(DemoPbx.class);

  /** The time between two new calls, at normal speed. */
  private static final Duration CALL_INTERVAL = Duration.ofSeconds(3);

  /** How long the call already in progress talks, at normal speed. */
  private static final Duration IN_PROGRESS_TALK = Duration.ofSeconds(15);

  private final FakeAsterisk pbx;
  private final double timeScale;
  private final boolean overHttp;
  private final DemoCalls calls = new DemoCalls();
  private final ScheduledExecutorService player =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "demo-pbx-calls");
            thread.setDaemon(true);
            return thread;
          });

  private DemoPbx(FakeAsterisk pbx, double timeScale, boolean overHttp) {
    this.pbx = pbx;
    this.timeScale = timeScale;
    this.overHttp = overHttp;
  }

  /** Starts the demo PBX at normal speed, reached over TCP. */
  public static DemoPbx start() {
    return start(1.0, false);
  }

  /**
   * Starts the demo PBX with every pause of its calls multiplied by {@code timeScale}: {@code 0.1}
   * plays ten times faster (for tests).
   *
   * @param overHttp whether clients reach it over AMI over HTTP (its {@code /rawman} URI, as an
   *     Asterisk with {@code webenabled = yes}) instead of TCP
   */
  public static DemoPbx start(double timeScale, boolean overHttp) {
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("timeScale must be above 0, not " + timeScale);
    }
    FakeAsterisk fake =
        FakeAsterisk.builder().user(FakeUser.admin(USERNAME, SECRET)).http(overHttp).start();
    DemoPbx demo = new DemoPbx(fake, timeScale, overHttp);
    demo.play(demo.calls.inProgress(IN_PROGRESS_TALK));
    long interval = scaledMillis(CALL_INTERVAL, timeScale);
    demo.player.scheduleAtFixedRate(
        () -> demo.play(demo.calls.next()), interval, interval, TimeUnit.MILLISECONDS);
    return demo;
  }

  /**
   * The runtime arguments that connect to this PBX: {@code --ami.host=...} and so on, or {@code
   * --ami.url=http://.../rawman} over HTTP.
   */
  public List<String> amiArguments() {
    List<String> where =
        overHttp
            ? List.of("--ami.url=" + address())
            : List.of("--ami.host=" + pbx.host(), "--ami.port=" + pbx.port());
    return Stream.concat(
            where.stream(), Stream.of("--ami.username=" + USERNAME, "--ami.secret=" + SECRET))
        .toList();
  }

  /** Where it listens: {@code host:port}, or over HTTP the URL of its {@code /rawman} URI. */
  public String address() {
    return overHttp ? pbx.httpEndpoint("rawman") : pbx.host() + ":" + pbx.port();
  }

  /** Stops the calls and the PBX; connected clients see the connection drop. */
  @Override
  public void close() {
    player.shutdownNow();
    pbx.close();
  }

  /**
   * Emits the call's first events now (so that a client connecting next finds the call) and the
   * others at their times, among the events of the other calls.
   */
  private void play(Scenario call) {
    for (ScenarioEvent event : call.events()) {
      if (event.offset().isZero()) {
        emit(event);
      } else {
        long delay = scaledMillis(event.offset(), timeScale);
        player.schedule(() -> emit(event), delay, TimeUnit.MILLISECONDS);
      }
    }
  }

  private void emit(ScenarioEvent event) {
    try {
      pbx.emit(event.message());
    } catch (RuntimeException e) {
      // Thrown in a scheduled task, it would vanish unseen; say what broke instead.
      LOG.warn("the demo PBX could not emit {}", event.name(), e);
    }
  }

  private static long scaledMillis(Duration duration, double scale) {
    return Math.round(duration.toMillis() * scale);
  }
}
