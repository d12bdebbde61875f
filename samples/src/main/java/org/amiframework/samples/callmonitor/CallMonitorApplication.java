package org.amiframework.samples.callmonitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.DemoPbx;

/**
 * Runs the call monitor. With an Asterisk configured ({@code AMI_HOST}, {@code --ami.host=...} and
 * the other keys of the runtime's CONFIGURATION.md) it connects there; without one it starts the
 * embedded demo PBX and connects to that, over TCP like to any Asterisk, or with {@code
 * --demo.http=true} over AMI over HTTP (its {@code /rawman} URI).
 *
 * <p>It runs until Ctrl-C, or for {@code --demo.seconds=N}; either way it shuts down cleanly:
 * queued events handled, final queue statistics printed, logged off.
 */
public final class CallMonitorApplication {

  private CallMonitorApplication() {}

  /** Starts the monitor; see the class description for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("call monitor: " + e.getMessage());
      System.exit(2);
      return;
    }
    DemoPbx demo = options.embeddedPbx() ? DemoPbx.start(1.0, options.demoOverHttp()) : null;
    try {
      AmiApplication.Builder app = application(options, demo);
      if (options.runTime().isPresent()) {
        runFor(app, options.runTime().get());
      } else {
        app.run(); // until Ctrl-C: the runtime's shutdown hook closes the application cleanly
      }
    } catch (RuntimeException e) {
      // A bad setting or an unreachable Asterisk: the message says which; the runtime has logged
      // the details.
      System.err.println("call monitor: cannot start: " + e.getMessage());
      System.exit(1);
    } finally {
      if (demo != null) {
        demo.close();
      }
    }
  }

  /**
   * The application, not started yet: connected to the demo PBX when there is one, else to the
   * configured Asterisk. Tests start it with beans of their own added.
   */
  static AmiApplication.Builder application(LaunchOptions options, DemoPbx demo) {
    List<String> args = new ArrayList<>();
    if (demo != null) {
      new Console()
          .print(
              Topic.LINK,
              "no Asterisk configured (AMI_HOST or --ami.host=...): playing demo calls on a"
                  + " simulated PBX at "
                  + demo.address());
      args.addAll(demo.amiArguments());
    }
    args.addAll(options.args()); // later arguments win: the user's own --ami.* settings
    return AmiApplication.builder().args(args.toArray(String[]::new));
  }

  private static void runFor(AmiApplication.Builder builder, Duration runTime)
      throws InterruptedException {
    try (AmiApplication app = builder.start()) {
      // Ctrl-C before the time is up still closes cleanly; a second close() does nothing.
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "call-monitor-shutdown"));
      Thread.sleep(runTime.toMillis());
    }
  }
}
