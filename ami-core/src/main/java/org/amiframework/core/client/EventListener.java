package org.amiframework.core.client;

import org.amiframework.core.api.AmiEvent;

/**
 * Receives events, on the client's delivery thread (never the socket-reading thread), in the order
 * the server sent them. It may send actions and wait for their results. A listener is never called
 * concurrently with itself.
 */
@FunctionalInterface
public interface EventListener {

  /** One event. */
  void onEvent(AmiEvent event);

  /**
   * The events delivered together have all been delivered: the client has nothing more queued for
   * now, a connection notice comes next, or the delivery thread is ending. Called on the delivery
   * thread after every batch in which the listener received at least one event, and possibly at
   * other times. A listener that holds events back to pass them on in runs must pass on what it
   * holds here: no later call may come for a while, or ever.
   *
   * <p>Clients of this library call it; other {@link AmiClient} implementations and wrappers may
   * not, so a listener should buffer only once it has seen a first call.
   */
  default void onBatchEnd() {}
}
