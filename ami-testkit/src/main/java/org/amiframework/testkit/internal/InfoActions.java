package org.amiframework.testkit.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;

/**
 * Actions that report on the server: {@code CoreSettings}, {@code CoreStatus}, and the lists that
 * are empty on a fake with no queues or bridges ({@code QueueStatus}, {@code QueueSummary}, {@code
 * BridgeList}). Stub them to report more.
 */
final class InfoActions {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** An empty list: ack message and completion event. */
  private record EmptyList(String ackMessage, String completion) {}

  private static final Map<String, EmptyList> EMPTY_LISTS =
      Map.of(
          "queuestatus", new EmptyList("Queue status will follow", "QueueStatusComplete"),
          "queuesummary", new EmptyList("Queue summary will follow", "QueueSummaryComplete"),
          "bridgelist", new EmptyList("Bridge listing will follow", "BridgeListComplete"));

  private InfoActions() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("coresettings", InfoActions::coreSettings);
    handlers.put("corestatus", InfoActions::coreStatus);
    EMPTY_LISTS.forEach(
        (name, list) ->
            handlers.put(
                name, ctx -> ctx.respondList(list.ackMessage(), List.of(), list.completion())));
  }

  /** The headers of {@code action_coresettings()}, with a stock server's values. */
  private static void coreSettings(ActionContext ctx) {
    ServerSettings settings = ctx.server().settings();
    ctx.respond(
        Responses.start("Success", ctx.request())
            .add("AMIversion", settings.amiVersion())
            .add("AsteriskVersion", settings.asteriskVersion())
            .add("SystemName", settings.systemName() == null ? "" : settings.systemName())
            .add("CoreMaxCalls", "0")
            .add("CoreMaxLoadAvg", "0.000000")
            .add("CoreRunUser", "")
            .add("CoreRunGroup", "")
            .add("CoreMaxFilehandles", "0")
            .add("CoreRealTimeEnabled", "No")
            .add("CoreCDRenabled", "No")
            .add("CoreHTTPenabled", "No")
            .add("SoundsSearchCustomDir", "No")
            .build());
  }

  /** Start and reload time of the fake, and its channel and call counts. */
  private static void coreStatus(ActionContext ctx) {
    AmiServer server = ctx.server();
    ZonedDateTime started = server.startedAt().atZone(ZoneId.systemDefault());
    String date = DATE.format(started);
    String time = TIME.format(started);
    AmiMessage response =
        Responses.start("Success", ctx.request())
            .add("CoreStartupDate", date)
            .add("CoreStartupTime", time)
            .add("CoreReloadDate", date)
            .add("CoreReloadTime", time)
            .add("CoreCurrentCalls", Integer.toString(server.channels().size()))
            .add("CoreProcessedCalls", Long.toString(server.processedCalls()))
            .build();
    ctx.respond(response);
  }
}
