package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * {@code Originate} and {@code UserEvent}: the two actions whose answer is followed by a broadcast
 * event. The fake does not place calls: an async Originate is queued, then its {@code
 * OriginateResponse} (with the requester's ActionID) reports success, as for an answered call.
 */
final class CallActions {

  private static final Set<PrivilegeClass> CALL = Set.of(PrivilegeClass.CALL);
  private static final Set<PrivilegeClass> USER = Set.of(PrivilegeClass.USER);

  private CallActions() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("originate", CallActions::originate);
    handlers.put("userevent", CallActions::userEvent);
  }

  private static void originate(ActionContext ctx) {
    String channel = ctx.header("Channel");
    if (channel == null || channel.isEmpty()) {
      ctx.error("Channel not specified");
      return;
    }
    AmiServer server = ctx.server();
    long sequence = server.nextChannelSequence();
    ctx.success("Originate successfully queued");
    if (Privileges.isTrue(ctx.header("Async"))) {
      AmiMessage response = originateResponse(ctx, channel, sequence);
      server.emitLater(Duration.ZERO, () -> response, CALL);
    }
  }

  /** The OriginateResponse of a call that was answered ({@code Reason: 4}). */
  private static AmiMessage originateResponse(ActionContext ctx, String channel, long sequence) {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", "OriginateResponse");
    String id = Responses.actionId(ctx.request());
    if (id != null) {
      b.add("ActionID", id);
    }
    b.add("Response", "Success").add("Channel", channelName(channel, sequence));
    if (ctx.header("Exten") != null) {
      b.add("Context", ctx.headerOrEmpty("Context")).add("Exten", ctx.header("Exten"));
    } else {
      b.add("Application", ctx.headerOrEmpty("Application")).add("Data", ctx.headerOrEmpty("Data"));
    }
    String uniqueId = ctx.header("ChannelId");
    b.add("Reason", "4")
        .add("Uniqueid", uniqueId != null ? uniqueId : ctx.server().uniqueId(sequence));
    CallerId callerId = CallerId.parse(ctx.header("CallerID"));
    return b.add("CallerIDNum", callerId.numberOrUnknown())
        .add("CallerIDName", callerId.nameOrUnknown())
        .build();
  }

  /** {@code Local/100@test} becomes {@code Local/100@test-0000000d;1}; others get the suffix. */
  private static String channelName(String dialed, long sequence) {
    String suffix = String.format("-%08x", sequence);
    return dialed.regionMatches(true, 0, "Local/", 0, 6) ? dialed + suffix + ";1" : dialed + suffix;
  }

  /**
   * Acks, then broadcasts {@code UserEvent} with every header of the request but Action and
   * UserEvent copied in order, repeats and the ActionID included ({@code action_userevent()}).
   */
  private static void userEvent(ActionContext ctx) {
    AmiMessage request = ctx.request();
    AmiMessage.Builder event =
        AmiMessage.builder()
            .add("Event", "UserEvent")
            .add("UserEvent", ctx.headerOrEmpty("UserEvent"));
    for (int i = 0; i < request.size(); i++) {
      String name = request.name(i);
      if (!name.equalsIgnoreCase("Action") && !name.equalsIgnoreCase("UserEvent")) {
        event.add(name, request.value(i));
      }
    }
    ctx.success("Event Sent");
    AmiMessage body = event.build();
    ctx.server().emitLater(Duration.ZERO, () -> body, USER);
  }
}
