package org.amiframework.core.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers shared by the client API's default methods. */
final class AmiClientSupport {

  private AmiClientSupport() {}

  /** Waits for a future and rethrows its failure unwrapped. */
  static <R> R await(CompletableFuture<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmiException("interrupted while waiting for an answer", e);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new AmiException(String.valueOf(cause), cause);
    } catch (CancellationException e) {
      throw new AmiException("cancelled", e);
    }
  }
}
