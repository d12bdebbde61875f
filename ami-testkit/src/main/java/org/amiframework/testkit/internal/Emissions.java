package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the fake's events go out besides a test's own {@code emit}: the emissions scripted to follow
 * an action (a stub's {@code thenEmit}, a {@code UserEvent}, an {@code OriginateResponse}), run in
 * order on one thread of the fake's, and the hook run after each emission a test makes, where the
 * JUnit extension waits until the application has handled it.
 */
final class Emissions {

  private static final Logger LOG = LoggerFactory.getLogger(Emissions.class);

  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> FakeThreads.daemon("fake-ami-scheduler", r));
  private final Set<CompletableFuture<Void>> actionsBeingAnswered = ConcurrentHashMap.newKeySet();
  private volatile Runnable afterEmit = () -> {};

  /** Sets the hook; null for none. */
  void afterEmit(Runnable hook) {
    this.afterEmit = hook == null ? () -> {} : hook;
  }

  /** Runs the hook, unless on one of the fake's own threads, which the application may await. */
  void emitted() {
    if (!FakeThreads.isFakeThread()) {
      afterEmit.run();
    }
  }

  /**
   * Marks an action as being answered until the returned callback runs. An action schedules its
   * emissions only after writing its reply, so a client may see the reply before they are
   * scheduled; {@link #awaitDue} therefore first waits for the actions being answered.
   */
  Runnable answering() {
    CompletableFuture<Void> answered = new CompletableFuture<>();
    actionsBeingAnswered.add(answered);
    return () -> {
      actionsBeingAnswered.remove(answered);
      answered.complete(null);
    };
  }

  /**
   * Waits until the actions being answered now have scheduled their emissions, then until every
   * emission due by now has run; false on timeout.
   */
  boolean awaitDue(Duration timeout) throws InterruptedException {
    if (FakeThreads.isFakeThread()) {
      return true;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      CompletableFuture.allOf(actionsBeingAnswered.toArray(CompletableFuture[]::new))
          .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      scheduler
          .submit(() -> {})
          .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException | RejectedExecutionException shutDown) {
      return true;
    }
  }

  /** Runs {@code emission} after {@code delay}, after those due before it; failures are logged. */
  void later(Duration delay, Runnable emission) {
    Runnable task =
        () -> {
          try {
            emission.run();
          } catch (RuntimeException e) {
            LOG.error("a scripted event could not be emitted", e);
          }
        };
    if (delay.isZero()) {
      scheduler.execute(task);
    } else {
      scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** Stops for good; emissions still scheduled are dropped. */
  void shutdown() {
    scheduler.shutdownNow();
  }
}
