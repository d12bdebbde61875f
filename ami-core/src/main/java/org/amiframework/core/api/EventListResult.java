package org.amiframework.core.api;

import java.util.List;
import java.util.Objects;

/**
 * The result of an event-list action: the ack, every event of the list in order, and the completion
 * event.
 *
 * @param <I> the type items are typed as
 */
public final class EventListResult<I extends AmiEvent> {

  private final AmiResponse response;
  private final List<AmiEvent> events;
  private final List<I> items;
  private final AmiEvent completion;

  /**
   * Creates a result.
   *
   * @param response the ack ({@code EventList: start})
   * @param itemType the type the caller asked for
   * @param events every item event in arrival order (completion excluded)
   * @param completion the completion event, or null if the server sent none
   */
  public EventListResult(
      AmiResponse response, Class<I> itemType, List<AmiEvent> events, AmiEvent completion) {
    this.response = Objects.requireNonNull(response, "response");
    this.events = List.copyOf(events);
    this.items = events.stream().filter(itemType::isInstance).map(itemType::cast).toList();
    this.completion = completion;
  }

  /** The ack that opened the list. */
  public AmiResponse response() {
    return response;
  }

  /** The items of the requested type, in arrival order. */
  public List<I> items() {
    return items;
  }

  /** Every item event in arrival order, whatever its type; nothing is ever dropped. */
  public List<AmiEvent> events() {
    return events;
  }

  /** The completion event ({@code ...Complete}), or null. */
  public AmiEvent completion() {
    return completion;
  }

  /** The {@code ListItems} count the server announced, or -1 when it did not say. */
  public int announcedCount() {
    if (completion == null) {
      return -1;
    }
    Integer n = Values.parseInt(completion.header("ListItems"));
    if (n == null) {
      n = Values.parseInt(completion.header("Items"));
    }
    return n == null ? -1 : n;
  }

  @Override
  public String toString() {
    return "EventListResult{" + events.size() + " events, completion=" + completion + "}";
  }
}
