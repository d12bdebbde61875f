package org.amiframework.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.message.AmiMessage;

/**
 * One action sent and not yet fully answered. Its state is guarded by the {@link PendingActions}
 * that holds it; its future is completed through its {@link Completer}.
 *
 * @param <R> the result of the action
 */
final class PendingAction<R> {

  private final String actionId;
  private final String actionName;
  private final ResultAssembler<R> assembler;
  private final Completer completer;
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private volatile ScheduledFuture<?> timeout;
  private boolean abandoned;
  private boolean answered;

  PendingAction(
      String actionId, String actionName, ResultAssembler<R> assembler, Completer completer) {
    this.actionId = actionId;
    this.actionName = actionName;
    this.assembler = assembler;
    this.completer = completer;
  }

  String actionId() {
    return actionId;
  }

  String actionName() {
    return actionName;
  }

  /** The future handed to the caller. */
  CompletableFuture<R> future() {
    return future;
  }

  /** The timer task that will fail this action; cancelled when the answer is complete. */
  void timeout(ScheduledFuture<?> task) {
    this.timeout = task;
  }

  /** Whether the response has not come yet (the FIFO fallback only matches such actions). */
  boolean awaitsResponse() {
    return !answered;
  }

  /** Whether events with this ActionID belong to the answer. */
  boolean awaitsEvents() {
    return assembler.awaitsEvents();
  }

  /** Whether the caller has given up on this action (it is only kept to swallow its answer). */
  boolean abandoned() {
    return abandoned;
  }

  /** Feeds the response; true when the answer is complete. */
  boolean onResponse(AmiMessage response) {
    answered = true;
    return finish(assembler.onResponse(new AmiResponse(response)));
  }

  /** Feeds a list event; true when the answer is complete. */
  boolean onEvent(AmiMessage event) {
    return finish(assembler.onEvent(event));
  }

  /** Fails the caller's future now, but keeps tracking the answer so it is not misrouted. */
  void abandon(Throwable cause) {
    abandoned = true;
    assembler.abandon();
    completer.fail(future, cause);
  }

  /** Fails the caller's future (the connection is gone). */
  void fail(Throwable cause) {
    cancelTimeout();
    if (!abandoned) {
      completer.fail(future, cause);
    }
  }

  private boolean finish(Supplier<R> result) {
    if (result == null) {
      return false;
    }
    cancelTimeout();
    if (!abandoned) {
      completer.complete(future, result);
    }
    return true;
  }

  private void cancelTimeout() {
    ScheduledFuture<?> task = timeout;
    if (task != null) {
      task.cancel(false);
    }
  }

  @Override
  public String toString() {
    return actionName + " (ActionID " + actionId + ")";
  }
}
