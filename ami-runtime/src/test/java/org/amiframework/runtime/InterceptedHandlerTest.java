package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.Test;

/**
 * Handlers are invoked on their bean's contextual instance, not through its client proxy:
 * interceptors, which live in the instance's subclass, must still run around them.
 */
class InterceptedHandlerTest {

  @InterceptorBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @interface Traced {}

  @Traced
  @Interceptor
  @Priority(Interceptor.Priority.APPLICATION)
  static class Tracer {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    @AroundInvoke
    Object around(InvocationContext context) throws Exception {
      CALLS.add("before " + context.getMethod().getName());
      try {
        return context.proceed();
      } finally {
        CALLS.add("after " + context.getMethod().getName());
      }
    }
  }

  @AmiHandler
  @Traced
  static class TracedHandler {
    @OnEvent
    void onHangup(TestHangup hangup) {
      Tracer.CALLS.add("handled " + hangup.header("Uniqueid"));
    }
  }

  @Test
  void anInterceptorRunsAroundTheHandler() {
    Tracer.CALLS.clear();
    try (TestApp app = TestApp.start(TracedHandler.class, Tracer.class)) {
      app.client().push(TestHangup.of("Uniqueid", "7"));
      app.flush();
      assertEquals(List.of("before onHangup", "handled 7", "after onHangup"), Tracer.CALLS);
    }
  }
}
