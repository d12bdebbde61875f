package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.Test;

/** A handler that throws harms nobody: it is logged, counted and reported. */
class IsolationTest {

  @AmiHandler
  static class Flaky {
    private final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent
    void onHangup(TestHangup h) {
      if ("boom".equals(h.context())) {
        throw new IllegalStateException("boom on purpose");
      }
      handled.add(h.context());
    }

    List<String> handled() {
      return handled;
    }
  }

  @AmiHandler
  static class Steady {
    private final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent
    void onHangup(TestHangup h) {
      handled.add(h.context());
    }

    List<String> handled() {
      return handled;
    }
  }

  @ApplicationScoped
  static class Collector implements HandlerErrorListener {
    private final List<HandlerFailure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void onHandlerError(HandlerFailure failure) {
      failures.add(failure);
    }

    List<HandlerFailure> failures() {
      return failures;
    }
  }

  @ApplicationScoped
  static class BrokenListener implements HandlerErrorListener {
    @Override
    public void onHandlerError(HandlerFailure failure) {
      throw new IllegalStateException("a listener failing too");
    }
  }

  @Test
  void throwingHandlerAffectsNoOtherHandlerNorTheConnection() {
    try (TestApp app =
        TestApp.start(Flaky.class, Steady.class, Collector.class, BrokenListener.class)) {
      app.client().push(TestHangup.of("Context", "boom", "Uniqueid", "1"));
      app.client().push(TestHangup.of("Context", "fine", "Uniqueid", "1"));
      app.flush();

      assertEquals(List.of("boom", "fine"), app.bean(Steady.class).handled());
      assertEquals(List.of("fine"), app.bean(Flaky.class).handled());
      List<HandlerFailure> failures = app.bean(Collector.class).failures();
      assertEquals(1, failures.size());
      HandlerFailure failure = failures.get(0);
      assertEquals("default", failure.server());
      assertEquals(Flaky.class.getName() + ".onHangup(TestHangup)", failure.handler());
      assertEquals("boom", failure.event().header("Context"));
      assertInstanceOf(IllegalStateException.class, failure.cause());
      assertEquals(1, app.runtime().metrics().handlerFailures());
      assertEquals(3, app.runtime().metrics().handlerInvocations());
      assertEquals(ConnectionState.CONNECTED, app.client().state());
      assertEquals(0, app.client().closeCount());
      assertTrue(app.client().subscriberCount() > 0);
    }
  }
}
