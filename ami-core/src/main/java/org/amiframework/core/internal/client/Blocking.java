package org.amiframework.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.amiframework.core.client.AmiException;

/** Waiting on the client's own futures from its connecting thread, with failures unwrapped. */
final class Blocking {

  private Blocking() {}

  /**
   * The future's value; its failure rethrown as it is. The futures awaited here always end: each
   * action has a timeout, and a closing connection fails what it still holds.
   */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = unwrap(e);
      throw cause instanceof RuntimeException re ? re : new AmiException(String.valueOf(cause), e);
    }
  }

  /** The failure inside a {@link CompletionException}, or the failure itself. */
  static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
