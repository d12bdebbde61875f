package org.amiframework.core.internal.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.ResultShape;
import org.amiframework.core.message.AmiMessage;

/**
 * Gathers the answer to an event-list action: the ack, the item events that carry the action's
 * ActionID, and the completion event, across every server generation.
 *
 * <ul>
 *   <li>The list opens on {@code EventList: start} (any case: res_fax writes {@code Start}) or, for
 *       servers before 13.2 that send a plain ack, a {@code Message} containing "will follow".
 *   <li>It ends on an event with {@code EventList: Complete} (any case); for old servers that write
 *       no {@code EventList} header, on the shape's completion event or any name ending in {@code
 *       Complete}.
 *   <li>A plain ack without either sign (Hangup of one named channel) is an empty list; {@code
 *       Response: Error} fails the action.
 * </ul>
 *
 * Items are kept raw and decoded with the configured bindings only when the result is built, off
 * the reading thread.
 */
final class ListCollector<I extends AmiEvent> implements ResultAssembler<EventListResult<I>> {

  private static final String EVENT_LIST = "EventList";
  private static final String COMPLETE_SUFFIX = "Complete";

  private final String action;
  private final ResultShape.EventList<I> shape;
  private final Bindings bindings;
  private AmiResponse ack;
  private List<AmiMessage> items = new ArrayList<>();
  private boolean open;

  ListCollector(String action, ResultShape.EventList<I> shape, Bindings bindings) {
    this.action = action;
    this.shape = shape;
    this.bindings = bindings;
  }

  @Override
  public Supplier<EventListResult<I>> onResponse(AmiResponse response) {
    if (response.isError()) {
      return () -> {
        throw ActionErrors.failure(action, response);
      };
    }
    if (opensList(response)) {
      ack = response;
      open = true;
      return null;
    }
    return () -> new EventListResult<>(response, shape.itemType(), List.of(), null);
  }

  @Override
  public Supplier<EventListResult<I>> onEvent(AmiMessage event) {
    if (!isCompletion(event)) {
      if (items != null) {
        items.add(event);
      }
      return null;
    }
    open = false;
    List<AmiMessage> gathered = items;
    AmiResponse response = ack;
    return () -> build(response, gathered, event);
  }

  @Override
  public boolean awaitsEvents() {
    return open;
  }

  @Override
  public void abandon() {
    items = null;
  }

  /** Whether an ack announces that list items follow. */
  static boolean opensList(AmiResponse response) {
    if ("start".equalsIgnoreCase(response.header(EVENT_LIST))) {
      return true;
    }
    String text = response.text();
    return text != null && text.toLowerCase(Locale.ROOT).contains("will follow");
  }

  private boolean isCompletion(AmiMessage event) {
    String flag = event.get(EVENT_LIST);
    if (flag != null) {
      return flag.equalsIgnoreCase(COMPLETE_SUFFIX);
    }
    String name = event.eventName();
    return name != null
        && (name.equalsIgnoreCase(shape.completionEvent()) || name.endsWith(COMPLETE_SUFFIX));
  }

  private EventListResult<I> build(
      AmiResponse response, List<AmiMessage> gathered, AmiMessage completion) {
    List<AmiEvent> events = new ArrayList<>(gathered.size());
    for (AmiMessage item : gathered) {
      events.add(bindings.decodeEvent(item));
    }
    return new EventListResult<>(
        response, shape.itemType(), events, bindings.decodeEvent(completion));
  }
}
