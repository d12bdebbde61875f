package org.amiframework.samples.callmonitor;

import java.util.List;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.samples.callmonitor.demo.CallFlow;
import org.amiframework.samples.callmonitor.demo.Switchboard;
import org.amiframework.testkit.FakeAsterisk;

/**
 * The call monitor, every bean of it, connected over TCP to a fake Asterisk, with its console
 * recorded. What each test would otherwise write in {@code @BeforeEach} and {@code @AfterEach}.
 *
 * @param pbx the fake Asterisk
 * @param app the running monitor
 * @param console what it printed, readable after it shut down
 * @param calls writes realistic calls to emit on {@code pbx}
 */
record RunningMonitor(
    FakeAsterisk pbx, AmiApplication app, ConsoleTranscript console, Switchboard calls)
    implements AutoCloseable {

  /** Starts a fake Asterisk and the monitor connected to it. */
  static RunningMonitor start() {
    return startAgainst(FakeAsterisk.start());
  }

  /** Starts the monitor against a fake that may already have calls going on. */
  static RunningMonitor startAgainst(FakeAsterisk pbx) {
    try {
      return startMonitor(pbx);
    } catch (RuntimeException | Error e) {
      pbx.close();
      throw e;
    }
  }

  private static RunningMonitor startMonitor(FakeAsterisk pbx) {
    AmiApplication app =
        AmiApplication.builder()
            .settings(
                AmiSettings.builder()
                    .server(
                        AmiClientConfig.builder()
                            .host(pbx.host())
                            .port(pbx.port())
                            .username(FakeAsterisk.DEFAULT_USERNAME)
                            .secret(FakeAsterisk.DEFAULT_SECRET)
                            .build())
                    .lanes(4)
                    .build())
            .beanClasses(RecordingConsole.class)
            .start();
    ConsoleTranscript console = app.container().select(RecordingConsole.class).get().transcript();
    try {
      // Printed once the calls in progress are listed: events emitted from now on come after.
      console.awaitLine(Topic.LINK, "logged in");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      app.close();
      throw new IllegalStateException("interrupted while the monitor started", e);
    }
    return new RunningMonitor(pbx, app, console, new Switchboard());
  }

  /** Emits every event of a call at once, in order. */
  void play(CallFlow call) {
    play(call.script().events());
  }

  /** Emits these events in order. */
  void play(List<AmiMessage> events) {
    events.forEach(pbx::emit);
  }

  /** A bean of the monitor. */
  <T> T bean(Class<T> type) {
    return app.container().select(type).get();
  }

  /**
   * Waits until every event handed to the handlers so far has been handled. Events the fake sent
   * before one whose effect the test saw have been handed over by then: the client delivers in
   * order.
   */
  void flush() {
    app.runtime().flush().join();
  }

  @Override
  public void close() {
    try {
      app.close();
    } finally {
      pbx.close();
    }
  }
}
