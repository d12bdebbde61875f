package org.amiframework.testkit.stub;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;

/**
 * What a stubbed action answers: a response, an event list, or nothing; optionally after a delay,
 * followed by events broadcast to every session that may see them, and by closing the connection.
 * Immutable once built; each method returns a changed copy. Start from {@link Stubs}: {@code
 * success().withHeader("Variable", "X").thenEmit(event)}.
 *
 * <p>The ActionID is never written by hand: the fake echoes the request's, as Asterisk does (second
 * header of the response, last header of each list item that lacks one, second of the completion
 * event).
 */
public final class Reply {

  /** The shape of the answer. */
  public enum Kind {
    /** One response message. */
    RESPONSE,
    /** An ack, items and a completion event, written as one block. */
    LIST,
    /** No answer at all: the client waits, as with a lost response. */
    NONE
  }

  /**
   * An event to broadcast after the answer.
   *
   * @param after how long after the answer
   * @param event computes the event from the request (for its ActionID, its headers...)
   * @param classes the event's classes when it has no {@code Privilege} header; empty to have the
   *     fake find them (from the header or the bindings)
   */
  public record Emission(
      Duration after, Function<AmiMessage, AmiMessage> event, Set<PrivilegeClass> classes) {

    /** Validates and copies. */
    public Emission {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(event, "event");
      classes = Set.copyOf(classes);
    }
  }

  private final Kind kind;
  private final String response;
  private String message;
  private List<Header> headers = List.of();
  private List<AmiMessage> items = List.of();
  private String completionEvent;
  private List<Header> completionHeaders = List.of();
  private boolean eventListHeaders = true;
  private Duration delay = Duration.ZERO;
  private List<Emission> emissions = List.of();
  private boolean closeAfter;

  private Reply(Kind kind, String response, String message) {
    this.kind = kind;
    this.response = response;
    this.message = message;
  }

  /** A copy to change before anyone sees it; every public method returns such a copy. */
  private Reply edit(Consumer<Reply> change) {
    Reply copy = new Reply(kind, response, message);
    copy.headers = headers;
    copy.items = items;
    copy.completionEvent = completionEvent;
    copy.completionHeaders = completionHeaders;
    copy.eventListHeaders = eventListHeaders;
    copy.delay = delay;
    copy.emissions = emissions;
    copy.closeAfter = closeAfter;
    change.accept(copy);
    return copy;
  }

  static Reply response(String response, String message) {
    return new Reply(Kind.RESPONSE, response, message);
  }

  static Reply list(List<AmiMessage> items) {
    for (AmiMessage item : items) {
      if (item.eventName() == null) {
        throw new IllegalArgumentException("a list item must start with Event:, got " + item);
      }
    }
    List<AmiMessage> copy = List.copyOf(items);
    return new Reply(Kind.LIST, "Success", "Results will follow").edit(r -> r.items = copy);
  }

  static Reply none() {
    return new Reply(Kind.NONE, null, null);
  }

  /** Sets the {@code Message:} text (of the response, or of a list's ack). */
  public Reply withMessage(String text) {
    Objects.requireNonNull(text, "text");
    requireNot(Kind.NONE, "a reply without response has no message");
    return edit(r -> r.message = text);
  }

  /** Adds a header after {@code Message} (repeats are kept, in order). */
  public Reply withHeader(String name, String value) {
    requireNot(Kind.NONE, "a reply without response has no headers");
    Header header = new Header(name, value);
    return edit(r -> r.headers = append(headers, header));
  }

  /** Names the event that ends a list (default: the action name + {@code Complete}). */
  public Reply completedBy(String eventName) {
    requireList();
    Objects.requireNonNull(eventName, "eventName");
    return edit(r -> r.completionEvent = eventName);
  }

  /** Adds a header to a list's completion event after ListItems (e.g. {@code Items} of Status). */
  public Reply withCompletionHeader(String name, String value) {
    requireList();
    Header header = new Header(name, value);
    return edit(r -> r.completionHeaders = append(completionHeaders, header));
  }

  /**
   * Writes the list as Asterisk before 13.2 did: no {@code EventList}/{@code ListItems} headers.
   */
  public Reply withoutEventListHeaders() {
    requireList();
    return edit(r -> r.eventListHeaders = false);
  }

  /** Waits this long before answering; the session answers nothing else meanwhile, as Asterisk. */
  public Reply afterDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return edit(r -> r.delay = delay);
  }

  /** Then broadcasts this event (framed and filtered as {@code FakeAsterisk.emit} does). */
  public Reply thenEmit(AmiMessage event) {
    Objects.requireNonNull(event, "event");
    return thenEmit(Duration.ZERO, request -> event);
  }

  /** Then broadcasts this typed event, of the classes it declares. */
  public Reply thenEmit(AmiEvent event) {
    AmiMessage message = event.message();
    return emitting(new Emission(Duration.ZERO, request -> message, event.privilegeClasses()));
  }

  /** Then broadcasts an event computed from the request, e.g. one carrying its ActionID. */
  public Reply thenEmit(Function<AmiMessage, AmiMessage> event) {
    return thenEmit(Duration.ZERO, event);
  }

  /** Broadcasts an event computed from the request, {@code after} the answer. */
  public Reply thenEmit(Duration after, Function<AmiMessage, AmiMessage> event) {
    return emitting(new Emission(after, event, Set.of()));
  }

  private Reply emitting(Emission emission) {
    return edit(r -> r.emissions = append(emissions, emission));
  }

  /** Then closes the connection, once everything before is written. */
  public Reply thenCloseConnection() {
    return edit(r -> r.closeAfter = true);
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> more = new ArrayList<>(list);
    more.add(element);
    return List.copyOf(more);
  }

  private void requireList() {
    if (kind != Kind.LIST) {
      throw new IllegalStateException("only a list reply has a completion event; use Stubs.list");
    }
  }

  private void requireNot(Kind k, String why) {
    if (kind == k) {
      throw new IllegalStateException(why);
    }
  }

  // ---- what the fake reads ------------------------------------------------------------------

  public Kind kind() {
    return kind;
  }

  /** The {@code Response:} value (Success, Error, Goodbye...); null for {@link Kind#NONE}. */
  public String response() {
    return response;
  }

  /** The {@code Message:} text, or null. */
  public String message() {
    return message;
  }

  /** Headers written after Message. */
  public List<Header> headers() {
    return headers;
  }

  /** The list items, for {@link Kind#LIST}. */
  public List<AmiMessage> items() {
    return items;
  }

  /** The completion event name, or null for the default. */
  public String completionEvent() {
    return completionEvent;
  }

  /** Extra completion headers. */
  public List<Header> completionHeaders() {
    return completionHeaders;
  }

  /** Whether the list carries {@code EventList}/{@code ListItems} (13.2+ style). */
  public boolean eventListHeaders() {
    return eventListHeaders;
  }

  /** The delay before answering. */
  public Duration delay() {
    return delay;
  }

  /** Events to broadcast after the answer. */
  public List<Emission> emissions() {
    return emissions;
  }

  /** Whether the connection closes after the answer. */
  public boolean closeAfter() {
    return closeAfter;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case RESPONSE ->
          "Reply{Response: " + response + (message == null ? "" : ", " + message) + "}";
      case LIST -> "Reply{list of " + items.size() + " items}";
      case NONE -> "Reply{no response}";
    };
  }
}
