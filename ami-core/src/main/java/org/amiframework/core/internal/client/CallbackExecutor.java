package org.amiframework.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Completes the futures handed to users, so that whatever they chained to them runs here: never on
 * the socket-reading thread (which must not stall) and never on the event-delivery thread (a
 * listener may be blocked there, joining the very future being completed).
 *
 * <p>A fork/join pool is used because a callback that itself waits for another action of the same
 * client ({@code join()} or {@code get()} on its future) is a managed block there: the pool adds a
 * thread instead of deadlocking.
 */
final class CallbackExecutor implements Completer {

  private static final int PARALLELISM = 2;

  private final ForkJoinPool pool;

  CallbackExecutor(String clientName) {
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ForkJoinPool(
            PARALLELISM,
            p -> {
              ForkJoinWorkerThread thread =
                  ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
              thread.setName(ClientThreads.name(clientName, "callback-" + count.incrementAndGet()));
              thread.setDaemon(true);
              return thread;
            },
            null,
            true);
  }

  @Override
  public <T> void complete(CompletableFuture<T> future, Supplier<T> result) {
    run(() -> Completer.settle(future, result));
  }

  @Override
  public void fail(CompletableFuture<?> future, Throwable cause) {
    run(() -> future.completeExceptionally(cause));
  }

  /** Runs a task on the pool; after {@link #shutdown()} runs it on the caller. */
  void run(Runnable task) {
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  /** Lets queued completions finish, then stops the threads. */
  void shutdown() {
    pool.shutdown();
  }
}
