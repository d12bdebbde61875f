package org.amiframework.testkit.junit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amiframework.runtime.ServerLifecycle;

/**
 * A bean the JUnit extension adds to the application under test: it records the {@link
 * ServerLifecycle} events the runtime fires, for tests of connection handling.
 */
@ApplicationScoped
public class LifecycleRecorder {

  private final List<ServerLifecycle> events = new ArrayList<>();
  private int awaited;

  void record(@Observes ServerLifecycle event) {
    synchronized (events) {
      events.add(event);
      events.notifyAll();
    }
  }

  /** Every event fired so far, in order. */
  public List<ServerLifecycle> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /**
   * The first event of {@code type} fired after the one the previous call returned (from the start,
   * for the first call), waiting for it if need be; null on timeout.
   */
  public <T extends ServerLifecycle> T awaitNext(Class<T> type, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (events) {
      while (true) {
        for (int i = awaited; i < events.size(); i++) {
          if (type.isInstance(events.get(i))) {
            awaited = i + 1;
            return type.cast(events.get(i));
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(events, left);
      }
    }
  }
}
