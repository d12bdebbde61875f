package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

/** The secret reaches neither the log nor messages, whatever happens. */
class SecretHygieneTest {

  private static final String EVENT_SECRET = "event-borne-Secret-42";

  @AmiHandler
  static class Throwing {
    @OnEvent("Leaky")
    void leaky(AmiEvent event) {
      throw new IllegalStateException("handler failing on purpose");
    }
  }

  @jakarta.enterprise.context.ApplicationScoped
  static class Failures implements HandlerErrorListener {
    private final List<String> texts = new CopyOnWriteArrayList<>();

    @Override
    public void onHandlerError(HandlerFailure failure) {
      texts.add(failure.toString());
    }

    List<String> texts() {
      return texts;
    }
  }

  @Test
  void secretsStayOutOfLogsAndFailureReports() {
    // slf4j-simple writes to whatever System.err is at the time of each line.
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String log;
    List<String> failures;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (TestApp app = TestApp.start(Throwing.class, Failures.class)) {
      app.client().push(TestEvents.generic("Leaky", "Secret", EVENT_SECRET, "Key", EVENT_SECRET));
      app.flush();
      failures = app.bean(Failures.class).texts();
    } finally {
      System.setErr(original);
    }
    log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("handler failing on purpose"), "the failure was not logged: " + log);
    assertTrue(log.contains("server 'default'"), "the configuration was not logged: " + log);
    assertFalse(log.contains(TestApp.SECRET), log);
    assertFalse(log.contains(EVENT_SECRET), log);
    assertTrue(
        failures.size() == 1 && failures.get(0).contains("Secret: ******"), failures::toString);
    assertFalse(failures.get(0).contains(EVENT_SECRET), failures.get(0));
  }

  @Test
  void settingsAndConfigurationErrorsHideTheSecret() {
    AmiSettings settings = TestApp.settings("pbx1", "pbx2").build();
    assertFalse(settings.toString().contains(TestApp.SECRET), settings.toString());
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> AmiSettings.builder().server(TestApp.server("bad name").build()));
    assertFalse(e.getMessage().contains(TestApp.SECRET), e.getMessage());
  }
}
