package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;

/**
 * The actions about the session itself: {@code Ping}, {@code Events}, {@code ListCommands}, {@code
 * Filter} and {@code WaitEvent}.
 */
final class SessionActions {

  private SessionActions() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("ping", SessionActions::ping);
    handlers.put("events", SessionActions::events);
    handlers.put("listcommands", SessionActions::listCommands);
    handlers.put("filter", SessionActions::filter);
    handlers.put("waitevent", SessionActions::waitEvent);
  }

  private static void ping(ActionContext ctx) {
    ctx.respond(
        Responses.start("Success", ctx.request())
            .add("Ping", "Pong")
            .add("Timestamp", Timestamps.now())
            .build());
  }

  /** {@code action_events()}: On for a mask above 0, Off for 0, an error for an invalid one. */
  private static void events(ActionContext ctx) {
    int mask = Privileges.stringsToMask(ctx.header("EventMask"));
    if (mask < 0) {
      ctx.error("Invalid event mask");
      return;
    }
    ctx.session().state().sendEvents(mask);
    ctx.respond(
        Responses.start("Success", ctx.request()).add("Events", mask > 0 ? "On" : "Off").build());
  }

  /** One header per action the session may run: {@code Name: synopsis (Priv: classes)}. */
  private static void listCommands(ActionContext ctx) {
    AmiMessage.Builder b = Responses.start("Success", ctx.request());
    for (ActionCatalog.Entry e :
        ctx.server().catalog().runnableBy(ctx.session().state().writePermission())) {
      b.add(
          e.name(), e.synopsis() + "  (Priv: " + Privileges.authorityToString(e.authority()) + ")");
    }
    ctx.respond(b.build());
  }

  private static void filter(ActionContext ctx) {
    String operation = ctx.header("Operation");
    if (operation == null || !operation.equalsIgnoreCase("Add")) {
      ctx.error("Unknown operation");
      return;
    }
    try {
      ctx.session()
          .state()
          .filters()
          .add(EventFilter.parse(ctx.header("MatchCriteria"), ctx.header("Filter")));
      ctx.success("Success");
    } catch (EventFilter.InvalidFilterException e) {
      ctx.error(e.getMessage());
    }
  }

  /**
   * Waits until an event reaches the session (or its {@code Timeout} in seconds passes; -1 or none
   * waits forever), then answers. Events are written as they come on TCP, so there they precede the
   * response instead of following it; over HTTP the session hands back its queued events, which
   * follow it.
   */
  private static void waitEvent(ActionContext ctx) throws InterruptedException {
    Duration timeout = null;
    String value = ctx.header("Timeout");
    if (value != null && !value.isBlank()) {
      try {
        long seconds = Long.parseLong(value.strip());
        timeout = seconds < 0 ? null : Duration.ofSeconds(seconds);
      } catch (NumberFormatException e) {
        timeout = null;
      }
    }
    List<byte[]> queued = ctx.session().awaitEvent(timeout);
    AmiMessage.Builder complete = AmiMessage.builder().add("Event", "WaitEventComplete");
    String id = Responses.actionId(ctx.request());
    if (id != null) {
      complete.add("ActionID", id);
    }
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(
        MessageEncoder.encode(Responses.success(ctx.request(), "Waiting for Event completed.")));
    queued.forEach(block::writeBytes); // over HTTP the events travel inside the answer
    block.writeBytes(MessageEncoder.encode(complete.build()));
    ctx.session().writeRaw(block.toByteArray());
  }
}
