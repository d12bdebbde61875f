package org.amiframework.runtime.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Where handlers run: {@link Lanes} (worker threads, one queue each) or, with one lane, {@link
 * InlineLane} (the thread handing the event over).
 */
interface EventLanes {

  /** Makes the lanes ready to run events. */
  void start();

  /**
   * Hands an event over; blocks while its lane cannot take it, except on a thread running handlers,
   * where it is refused at once.
   *
   * @return false when refused: shutting down, or full on a handler's thread
   */
  boolean submit(Delivery d);

  /** Completes when what was handed over before has been handled. */
  CompletableFuture<Void> flush();

  /**
   * Stops accepting, lets what was handed over finish within {@code timeout}, then interrupts the
   * handlers still running and discards what is left (counted, futures failed).
   *
   * @return how many events were discarded
   */
  int shutdown(Duration timeout);

  /** Whether the current thread is running handlers. */
  static boolean onHandlerThread() {
    return Lanes.onLaneThread() || InlineLane.runningHere();
  }
}
