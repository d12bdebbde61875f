package org.amiframework.core.internal.client;

import java.util.concurrent.CompletableFuture;

/**
 * What waits for the next session after one was lost: the actions a server refused unrun because
 * their session was gone ({@link SessionGoneException}), to be sent again. Guarded by the lock of
 * the {@link ConnectionSupervisor}, which completes it outside that lock.
 */
final class NextSession {

  private CompletableFuture<Session> waiting;

  /** The future of the next session; the same one for every caller until it comes. */
  CompletableFuture<Session> await() {
    if (waiting == null) {
      waiting = new CompletableFuture<>();
    }
    return waiting;
  }

  /** Takes the future to complete with the session just opened; null when nothing waits. */
  CompletableFuture<Session> take() {
    CompletableFuture<Session> taken = waiting;
    waiting = null;
    return taken;
  }

  /** No session will come: fails what waits. */
  void fail(Throwable cause) {
    CompletableFuture<Session> taken = take();
    if (taken != null) {
      taken.completeExceptionally(cause);
    }
  }
}
