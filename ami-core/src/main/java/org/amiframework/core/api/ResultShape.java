package org.amiframework.core.api;

/**
 * How the answer to an action is gathered and what it yields. The three shapes of AMI: a single
 * response, an event list ended by a completion event, and the output of {@code Command}.
 *
 * @param <R> the result type
 */
public sealed interface ResultShape<R>
    permits ResultShape.Single, ResultShape.EventList, ResultShape.Command {

  /** One response message. */
  static ResultShape<AmiResponse> single() {
    return Single.INSTANCE;
  }

  /**
   * An event list: an ack with {@code EventList: start}, item events with the same ActionID, and a
   * completion event.
   *
   * @param itemType the type of the items the caller wants typed ({@link AmiEvent} for lists whose
   *     items are of several kinds)
   * @param completionEvent the name of the event that ends the list (for servers older than 13.2
   *     that send no {@code EventList: Complete}), or null when only the header can tell
   */
  static <I extends AmiEvent> ResultShape<EventListResult<I>> eventList(
      Class<I> itemType, String completionEvent) {
    return new EventList<>(itemType, completionEvent);
  }

  /** The output of the {@code Command} action, in either of its two wire formats. */
  static ResultShape<CommandResult> command() {
    return Command.INSTANCE;
  }

  /** A single response. */
  final class Single implements ResultShape<AmiResponse> {
    private static final Single INSTANCE = new Single();

    private Single() {}
  }

  /**
   * An event list.
   *
   * @param itemType the type items are typed as
   * @param completionEvent the completion event name, or null
   */
  record EventList<I extends AmiEvent>(Class<I> itemType, String completionEvent)
      implements ResultShape<EventListResult<I>> {}

  /** Command output. */
  final class Command implements ResultShape<CommandResult> {
    private static final Command INSTANCE = new Command();

    private Command() {}
  }
}
