package org.amiframework.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.amiframework.core.message.AmiMessage;

/**
 * The channel actions, answered from the channels the test's events announced ({@link
 * ChannelRegistry}) and the fake's global variables: {@code Status}, {@code CoreShowChannels},
 * {@code Hangup}, {@code Redirect}, {@code Getvar}, {@code Setvar}.
 */
final class ChannelActions {

  private ChannelActions() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("status", ChannelActions::status);
    handlers.put("coreshowchannels", ChannelActions::coreShowChannels);
    handlers.put("hangup", ChannelActions::hangup);
    handlers.put("redirect", ChannelActions::redirect);
    handlers.put("getvar", ChannelActions::getvar);
    handlers.put("setvar", ChannelActions::setvar);
  }

  private static void status(ActionContext ctx) {
    ChannelRegistry channels = ctx.server().channels();
    String wanted = ctx.header("Channel");
    List<ChannelRegistry.Channel> selected;
    if (wanted == null || wanted.isEmpty()) {
      selected = channels.all();
    } else if (channels.find(wanted) != null) {
      selected = List.of(channels.find(wanted));
    } else {
      ctx.error("No such channel");
      return;
    }
    String variables = ctx.header("Variables");
    boolean allVariables = Privileges.isTrue(ctx.header("AllVariables"));
    List<AmiMessage> items = new ArrayList<>();
    for (ChannelRegistry.Channel c : selected) {
      items.add(StatusItem.of(c, variables, allVariables));
    }
    ctx.respondList(
        "Channel status will follow",
        items,
        "StatusComplete",
        "Items",
        Integer.toString(items.size()));
  }

  /**
   * CoreShowChannel items carry the ActionID right after Event, unlike most lists, and after the
   * snapshot what {@code action_coreshowchannels()} adds, in its order.
   */
  private static void coreShowChannels(ActionContext ctx) {
    List<AmiMessage> items = new ArrayList<>();
    String id = Responses.actionId(ctx.request());
    for (ChannelRegistry.Channel c : ctx.server().channels().all()) {
      AmiMessage.Builder item = AmiMessage.builder().add("Event", "CoreShowChannel");
      if (id != null) {
        item.add("ActionID", id);
      }
      c.snapshot().headers().forEach(item::add);
      item.add("Application", c.application())
          .add("ApplicationData", c.applicationData())
          .add("Duration", c.duration())
          .add("BridgeId", c.bridgeId());
      items.add(item.build());
    }
    ctx.respondList("Channels will follow", items, "CoreShowChannelsComplete");
  }

  /** A plain name hangs one channel up; {@code /regex/} answers a list of those hung up (13+). */
  private static void hangup(ActionContext ctx) {
    String channel = ctx.header("Channel");
    ChannelRegistry channels = ctx.server().channels();
    if (channel == null || channel.isEmpty()) {
      ctx.error("No channel specified");
      return;
    }
    if (channel.length() > 1 && channel.startsWith("/") && channel.endsWith("/")) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(channel.substring(1, channel.length() - 1));
      } catch (PatternSyntaxException e) {
        ctx.error("Invalid regex");
        return;
      }
      List<AmiMessage> items = new ArrayList<>();
      for (ChannelRegistry.Channel c : channels.matching(pattern)) {
        channels.remove(c.name());
        items.add(AmiMessage.of("Event", "ChannelHungup", "Channel", c.name()));
      }
      ctx.respondList("Channels hung up will follow", items, "ChannelsHungupListComplete");
      return;
    }
    if (channels.find(channel) == null) {
      ctx.error("No such channel");
      return;
    }
    channels.remove(channel);
    ctx.success("Channel Hungup");
  }

  private static void redirect(ActionContext ctx) {
    String channel = ctx.header("Channel");
    if (channel == null || channel.isEmpty()) {
      ctx.error("Channel not specified");
    } else if (ctx.server().channels().find(channel) == null) {
      ctx.error("Channel does not exist: " + channel);
    } else {
      ctx.success("Redirect successful");
    }
  }

  private static void getvar(ActionContext ctx) {
    String variable = ctx.header("Variable");
    Map<String, String> scope = variables(ctx, variable);
    if (scope == null) {
      return;
    }
    String value = scope.get(variable);
    ctx.respond(
        Responses.start("Success", ctx.request())
            .add("Variable", variable)
            .add("Value", value == null ? "" : value)
            .build());
  }

  private static void setvar(ActionContext ctx) {
    String variable = ctx.header("Variable");
    Map<String, String> scope = variables(ctx, variable);
    if (scope == null) {
      return;
    }
    scope.put(variable, ctx.headerOrEmpty("Value"));
    ctx.success("Variable Set");
  }

  /**
   * The variables of the request's channel, or the globals without one; null (with the error
   * answered) when the variable name is missing or the channel unknown.
   */
  private static Map<String, String> variables(ActionContext ctx, String variable) {
    if (variable == null || variable.isEmpty()) {
      ctx.error("No variable specified");
      return null;
    }
    String channel = ctx.header("Channel");
    if (channel == null || channel.isEmpty()) {
      return ctx.server().globals();
    }
    ChannelRegistry.Channel c = ctx.server().channels().find(channel);
    if (c == null) {
      ctx.error("No such channel");
    }
    return c == null ? null : c.variables();
  }
}
