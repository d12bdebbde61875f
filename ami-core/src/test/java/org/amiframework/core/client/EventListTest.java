package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.asterisk.event.Status;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.api.ResultShape;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.ActionHandler;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.StatusItem;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Event-list actions, in the shapes of capture d-status-coreshowchannels and older servers. */
class EventListTest {

  /** Status as a typed list action, the way generated bindings will declare it. */
  private static final AmiAction<EventListResult<StatusItem>> STATUS =
      new AmiAction<>() {
        @Override
        public String actionName() {
          return "Status";
        }

        @Override
        public AmiMessage toMessage() {
          return AmiMessage.of("Action", "Status");
        }

        @Override
        public Set<PrivilegeClass> writeClasses() {
          return Set.of();
        }

        @Override
        public ResultShape<EventListResult<StatusItem>> resultShape() {
          return ResultShape.eventList(StatusItem.class, "StatusComplete");
        }
      };

  /** Asterisk 13.2+: EventList start, items with ActionID last, Complete; then a broadcast. */
  private static void modernStatus(ServerSession s, AmiMessage a) throws Exception {
    String id = a.actionId();
    s.send(
        ServerSession.response(
            a, "Success", "EventList", "start", "Message", "Channel status will follow"),
        statusItem("Local/500@test-00000008;2", id),
        statusItem("Local/500@test-00000008;1", id),
        AmiMessage.of(
            "Event", "StatusComplete",
            "ActionID", id,
            "EventList", "Complete",
            "ListItems", "2",
            "Items", "2"),
        AmiMessage.of("Event", "Newexten", "Privilege", "dialplan,all", "Extension", "after"));
  }

  private static AmiMessage statusItem(String channel, String actionId) {
    return AmiMessage.of(
        "Event", "Status",
        "Privilege", "Call",
        "Channel", channel,
        "ChannelState", "6",
        "AccountCode", "",
        "Seconds", "1",
        "ActionID", actionId);
  }

  @Test
  void modernListCompletesWithTypedItemsThatNeverReachListeners() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Status", EventListTest::modernStatus).start();
        AmiClient client = AmiClient.create(config(server).bindings(StatusItem.BINDINGS).build())) {
      List<AmiEvent> heard = new CopyOnWriteArrayList<>();
      client.subscribe(heard::add);
      await(client.connect());

      EventListResult<StatusItem> result = await(client.send(STATUS));

      assertEquals(2, result.items().size());
      assertEquals("Local/500@test-00000008;2", result.items().get(0).channel());
      assertEquals("StatusComplete", result.completion().name());
      assertEquals(2, result.announcedCount());
      assertEquals("start", result.response().header("EventList"));
      TestClients.eventually(
          "broadcast after the list delivered", () -> hasEvent(heard, "Newexten"));
      assertTrue(
          heard.stream().noneMatch(e -> e.name().startsWith("Status")),
          "list items are not events for listeners: " + heard);
    }
  }

  @Test
  void oldServerListWithoutEventListHeadersEndsOnTheCompleteName() throws Exception {
    ActionHandler oldStatus =
        (s, a) ->
            s.send(
                ServerSession.response(a, "Success", "Message", "Channel status will follow"),
                statusItem("SIP/100-0001", a.actionId()),
                AmiMessage.of("Event", "StatusComplete", "Items", "1", "ActionID", a.actionId()));
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Status", oldStatus).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      EventListResult<AmiEvent> result = await(client.send(GenericAction.list("Status", null)));

      assertEquals(1, result.events().size());
      // the stock bindings know Status, so the item is typed even on the old server's list
      assertInstanceOf(Status.class, result.events().get(0));
      assertEquals(1, result.announcedCount());
    }
  }

  @Test
  void completionEventOfTheShapeEndsAListWhoseEndHasNoOtherSign() throws Exception {
    ActionHandler oddList =
        (s, a) ->
            s.send(
                ServerSession.response(a, "Success", "Message", "Entries will follow"),
                AmiMessage.of("Event", "DBEntry", "ActionID", a.actionId(), "Key", "k1"),
                AmiMessage.of("Event", "DBEntry", "ActionID", a.actionId(), "Key", "k2"),
                AmiMessage.of("Event", "DBEntriesDone", "ActionID", a.actionId()));
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("DBList", oddList).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      EventListResult<AmiEvent> result =
          await(client.send(GenericAction.list("DBList", "DBEntriesDone")));

      assertEquals(
          List.of("k1", "k2"), result.events().stream().map(e -> e.header("Key")).toList());
      assertEquals("DBEntriesDone", result.completion().name());
    }
  }

  @Test
  void emptyListAndCaseInsensitiveEventListValues() throws Exception {
    ActionHandler empty =
        (s, a) ->
            s.send(
                ServerSession.response(
                    a, "Success", "EventList", "Start", "Message", "Channels will follow"),
                AmiMessage.of(
                    "Event", "CoreShowChannelsComplete",
                    "ActionID", a.actionId(),
                    "EventList", "COMPLETE",
                    "ListItems", "0"));
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("CoreShowChannels", empty).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      EventListResult<AmiEvent> result =
          await(client.send(GenericAction.list("CoreShowChannels", "CoreShowChannelsComplete")));

      assertTrue(result.events().isEmpty());
      assertEquals(0, result.announcedCount());
    }
  }

  @Test
  void errorBeforeTheListFailsTheAction() throws Exception {
    ActionHandler noSuchChannel = (s, a) -> s.respond(a, "Error", "Message", "No such channel");
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Status", noSuchChannel).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      Throwable failure =
          failure(client.send(GenericAction.list("Status", "StatusComplete").with("Channel", "x")));

      AmiActionException error = assertInstanceOf(AmiActionException.class, failure);
      assertEquals("No such channel", error.response().text());
      await(client.send(GenericAction.named("Ping")));
    }
  }

  @Test
  void plainAckToAListActionIsAnEmptyList() throws Exception {
    ActionHandler hangup = (s, a) -> s.respond(a, "Success", "Message", "Channel Hungup");
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Hangup", hangup).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      EventListResult<AmiEvent> result =
          await(
              client.send(
                  GenericAction.list("Hangup", "ChannelsHungupListComplete")
                      .with("Channel", "Local/500@test-00000008;2")));

      assertTrue(result.events().isEmpty());
      assertNull(result.completion());
      assertEquals("Channel Hungup", result.response().text());
    }
  }

  private static boolean hasEvent(List<AmiEvent> events, String name) {
    return events.stream().anyMatch(e -> e.name().equals(name));
  }
}
