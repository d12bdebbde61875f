package org.amiframework.core.api;

public interface ResultShape<R> {
  static ResultShape<AmiResponse> single() {
    return null;
  }

  static <I extends AmiEvent> ResultShape<EventListResult<I>> eventList(
      Class<I> itemType, String completionEvent) {
    return null;
  }

  static ResultShape<CommandResult> command() {
    return null;
  }
}
