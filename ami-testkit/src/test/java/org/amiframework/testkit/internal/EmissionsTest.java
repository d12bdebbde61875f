package org.amiframework.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmissionsTest {

  private final Emissions emissions = new Emissions();

  @AfterEach
  void stop() {
    emissions.shutdown();
  }

  @Test
  void waitingForDueEmissionsWaitsForAnActionStillBeingAnswered() throws Exception {
    // A stub writes its reply, then schedules its thenEmit: a client that saw the reply and settles
    // at once must still find that emission among the due ones.
    Runnable answered = emissions.answering();
    AtomicBoolean emitted = new AtomicBoolean();
    CompletableFuture<Boolean> settled =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return emissions.awaitDue(Duration.ofSeconds(10)) && emitted.get();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
              }
            });
    Thread.sleep(100); // gives a wrong awaitDue the time to return before the emission exists
    emissions.later(Duration.ZERO, () -> emitted.set(true));
    answered.run();

    assertTrue(settled.get(10, TimeUnit.SECONDS), "returned before the action's emission ran");
  }

  @Test
  void anActionNeverAnsweredMakesTheWaitTimeOut() throws Exception {
    emissions.answering();

    assertFalse(emissions.awaitDue(Duration.ofMillis(50)));
  }
}
