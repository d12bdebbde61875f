package org.amiframework.samples.callmonitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.DemoPbx;
import org.junit.jupiter.api.Test;

/**
 * With nothing configured, the monitor runs on the demo PBX, over TCP or with {@code demo.http}
 * over HTTP, and sees all its calls.
 */
class CallMonitorApplicationTest {

  @Test
  void withNothingConfiguredItConnectsToTheDemoPbxAndSeesItsCalls() throws Exception {
    runOnTheDemoPbx(List.of());
  }

  @Test
  void withDemoHttpItReachesTheDemoPbxOverHttpAndSeesItsCalls() throws Exception {
    runOnTheDemoPbx(List.of("--demo.http=true"));
  }

  private static void runOnTheDemoPbx(List<String> args) throws Exception {
    LaunchOptions options = LaunchOptions.parse(args, Map.of(), new Properties());
    // Fifty times faster than the demo: a new call every 60 ms.
    try (DemoPbx demo = DemoPbx.start(0.02, options.demoOverHttp())) {
      AmiApplication app =
          CallMonitorApplication.application(options, demo)
              .beanClasses(RecordingConsole.class)
              .start();
      ConsoleTranscript console;
      try {
        console = app.container().select(RecordingConsole.class).get().transcript();
        console.awaitLine(Topic.LINK, "logged in to " + demo.address());
        console.awaitLine(Topic.CALL, "answered by PJSIP/100");
        console.awaitLine(Topic.CALL, "transferred to 200 by PJSIP/100");
        console.awaitLine(Topic.MISSED, "recorded in AstDB missed/");
        console.awaitLine(Topic.QUEUE, "support");
      } finally {
        app.close();
      }
      assertFalse(console.lines(Topic.STATS).isEmpty(), "statistics at shutdown");
      assertEquals(List.of(), console.lines(Topic.ERROR));
    }
  }
}
