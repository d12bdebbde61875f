package org.amiframework.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Where the future of an action is completed, and so where what is chained to it runs. */
interface Completer {

  /**
   * Completes on the calling thread (the reader, or the timer for a timeout). Only for the client's
   * own actions (login, ListCommands, keepalive Ping, Logoff): their continuations are cheap and
   * never block, and they must not wait behind user callbacks that do.
   */
  Completer INLINE =
      new Completer() {
        @Override
        public <T> void complete(CompletableFuture<T> future, Supplier<T> result) {
          settle(future, result);
        }

        @Override
        public void fail(CompletableFuture<?> future, Throwable cause) {
          future.completeExceptionally(cause);
        }
      };

  /** Completes {@code future} with the value {@code result} computes, or with what it throws. */
  <T> void complete(CompletableFuture<T> future, Supplier<T> result);

  /** Fails {@code future}. */
  void fail(CompletableFuture<?> future, Throwable cause);

  /** Completes {@code future} from {@code result} here and now. */
  static <T> void settle(CompletableFuture<T> future, Supplier<T> result) {
    T value;
    try {
      value = result.get();
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return;
    }
    future.complete(value);
  }
}
