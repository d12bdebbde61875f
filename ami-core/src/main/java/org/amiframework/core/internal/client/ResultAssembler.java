package org.amiframework.core.internal.client;

import java.util.function.Supplier;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.ResultShape;
import org.amiframework.core.message.AmiMessage;

/**
 * Gathers the answer to one action from the messages routed to it, on the reading thread. It only
 * decides; the returned supplier builds the result (or throws the failure) later, on the callback
 * executor, so the reading thread never decodes items or builds exceptions for users.
 *
 * @param <R> the result of the action
 */
interface ResultAssembler<R> {

  /** The response to the action: the result when the answer is complete, null when a list opens. */
  Supplier<R> onResponse(AmiResponse response);

  /** An event carrying this action's ActionID while {@link #awaitsEvents()}: null until the end. */
  default Supplier<R> onEvent(AmiMessage event) {
    return null;
  }

  /** Whether events with this action's ActionID belong to its answer (a list is open). */
  default boolean awaitsEvents() {
    return false;
  }

  /** The caller gave up (timeout): keep tracking the end of the answer, but stop keeping items. */
  default void abandon() {}

  /** The assembler for an action of this shape. */
  @SuppressWarnings("unchecked")
  static <R> ResultAssembler<R> forShape(String action, ResultShape<R> shape, Bindings bindings) {
    if (shape instanceof ResultShape.EventList<?> list) {
      return (ResultAssembler<R>) new ListCollector<>(action, list, bindings);
    }
    if (shape instanceof ResultShape.Command) {
      return (ResultAssembler<R>) commandOutput(action);
    }
    return (ResultAssembler<R>) singleResponse(action);
  }

  private static ResultAssembler<AmiResponse> singleResponse(String action) {
    return response -> () -> ActionErrors.requireSuccess(action, response);
  }

  private static ResultAssembler<CommandResult> commandOutput(String action) {
    return response -> () -> CommandOutput.toResult(action, response);
  }
}
