package org.amiframework.core.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;

/**
 * An action built by name, for actions no binding knows (a custom module's) or for quick use:
 * {@code GenericAction.named("UserEvent").with("UserEvent", "MissedCall")}.
 *
 * @param <R> the result of sending it
 */
public final class GenericAction<R> implements AmiAction<R> {

  private final AmiMessage message;
  private final Set<PrivilegeClass> writeClasses;
  private final ResultShape<R> shape;

  private GenericAction(
      AmiMessage message, Set<PrivilegeClass> writeClasses, ResultShape<R> shape) {
    this.message = message;
    this.writeClasses = writeClasses;
    this.shape = shape;
  }

  /** An action answered by a single response; no write class is assumed. */
  public static GenericAction<AmiResponse> named(String action) {
    return new GenericAction<>(
        AmiMessage.of("Action", Objects.requireNonNull(action, "action")),
        Set.of(),
        ResultShape.single());
  }

  /** An action answered by an event list, ended by {@code completionEvent} (may be null). */
  public static GenericAction<EventListResult<AmiEvent>> list(
      String action, String completionEvent) {
    return new GenericAction<>(
        AmiMessage.of("Action", Objects.requireNonNull(action, "action")),
        Set.of(),
        ResultShape.eventList(AmiEvent.class, completionEvent));
  }

  /** The {@code Command} action running one CLI command. */
  public static GenericAction<CommandResult> command(String cliCommand) {
    return new GenericAction<>(
        AmiMessage.of("Action", "Command", "Command", cliCommand),
        EnumSet.of(PrivilegeClass.COMMAND),
        ResultShape.command());
  }

  /** A copy with one more header (repeats allowed, e.g. {@code Variable}). */
  public GenericAction<R> with(String name, String value) {
    return new GenericAction<>(message.with(name, value), writeClasses, shape);
  }

  /** A copy that declares the write classes the action needs, for local permission checks. */
  public GenericAction<R> requiring(Set<PrivilegeClass> classes) {
    return new GenericAction<>(message, Set.copyOf(classes), shape);
  }

  @Override
  public String actionName() {
    return message.value(0);
  }

  @Override
  public AmiMessage toMessage() {
    return message;
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return writeClasses;
  }

  @Override
  public ResultShape<R> resultShape() {
    return shape;
  }

  @Override
  public String toString() {
    return "GenericAction{" + message.toString().replace('\n', ' ').trim() + "}";
  }
}
