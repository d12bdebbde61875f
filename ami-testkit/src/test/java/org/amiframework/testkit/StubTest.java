package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.error;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.amiframework.testkit.stub.Stubs.list;
import static org.amiframework.testkit.stub.Stubs.noResponse;
import static org.amiframework.testkit.stub.Stubs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.stub.Stub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scripted behaviour: responses, lists, errors, silence, delays, events after the answer. */
class StubTest {

  private FakeAsterisk pbx;
  private RawAmiClient client;

  @BeforeEach
  void start() throws Exception {
    pbx =
        FakeAsterisk.builder()
            .user(FakeUser.admin("admin", "pw"))
            .user(
                FakeUser.of(
                    "reporter",
                    "pw",
                    Set.of(PrivilegeClass.CALL),
                    Set.of(PrivilegeClass.REPORTING)))
            .start();
    client = RawAmiClient.connect(pbx);
    client.login("admin", "pw", "call,user");
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pbx.close();
  }

  @Test
  void answersMatchingActionsWithTheScriptedResponseAndEchoesTheActionId() throws Exception {
    pbx.stubFor(action("Originate").withHeader("Channel", "Local/100@default"))
        .willReturn(success("Originate successfully queued").withHeader("X-Call", "42"));
    client.send("Action", "Originate", "ActionID", "o1", "Channel", "Local/100@default");
    AmiMessage response = client.nextResponse();
    assertEquals(
        AmiMessage.of(
            "Response",
            "Success",
            "ActionID",
            "o1",
            "Message",
            "Originate successfully queued",
            "X-Call",
            "42"),
        response);
  }

  @Test
  void anActionTheStubDoesNotMatchFallsBackToTheFakesOwnBehaviour() throws Exception {
    pbx.stubFor(action("Originate").withHeader("Channel", "Local/100@default"))
        .willReturn(error("busy"));
    client.send("Action", "Originate", "ActionID", "o2", "Channel", "Local/200@default");
    assertEquals("Originate successfully queued", client.nextResponse().get("Message"));
  }

  @Test
  void thenEmitBroadcastsAfterTheResponse() throws Exception {
    pbx.stubFor(action("Originate"))
        .willReturn(
            success("Originate successfully queued")
                .thenEmit(
                    request ->
                        event(
                            "OriginateResponse",
                            "Privilege",
                            "call,all",
                            "ActionID",
                            request.actionId(),
                            "Response",
                            "Failure",
                            "Reason",
                            "5")));
    client.send("Action", "Originate", "ActionID", "o3", "Channel", "PJSIP/100");
    assertEquals("o3", client.nextResponse().actionId());
    AmiMessage event = client.next();
    assertEquals("OriginateResponse", event.eventName());
    assertEquals("o3", event.actionId());
    assertEquals("Failure", event.get("Response"));
  }

  @Test
  void listsHaveAckItemsWithTheActionIdAndACompletionEvent() throws Exception {
    pbx.stubFor(action("QueueStatus"))
        .willReturn(
            list(event("QueueParams", "Queue", "sales"), event("QueueMember", "Queue", "sales"))
                .withMessage("Queue status will follow"));
    client.send("Action", "queuestatus", "ActionID", "q1");
    List<AmiMessage> got = List.of(client.next(), client.next(), client.next(), client.next());
    assertEquals(
        AmiMessage.of(
            "Response",
            "Success",
            "ActionID",
            "q1",
            "EventList",
            "start",
            "Message",
            "Queue status will follow"),
        got.get(0));
    assertEquals(
        AmiMessage.of("Event", "QueueParams", "Queue", "sales", "ActionID", "q1"), got.get(1));
    assertEquals("q1", got.get(2).actionId());
    assertEquals(
        AmiMessage.of(
            "Event",
            "QueueStatusComplete",
            "ActionID",
            "q1",
            "EventList",
            "Complete",
            "ListItems",
            "2"),
        got.get(3));
  }

  @Test
  void oldStyleListsHaveNoEventListHeaders() throws Exception {
    pbx.stubFor(action("Status")).willReturnList(event("Status", "Channel", "SIP/1")).remove();
    pbx.stubFor(action("Status"))
        .willReturn(
            list(event("Status", "Channel", "SIP/1"))
                .withMessage("Channel status will follow")
                .withoutEventListHeaders()
                .withCompletionHeader("Items", "1"));
    client.send("Action", "Status", "ActionID", "s1");
    assertEquals(
        AmiMessage.of(
            "Response", "Success", "ActionID", "s1", "Message", "Channel status will follow"),
        client.next());
    client.next();
    assertEquals(
        AmiMessage.of("Event", "StatusComplete", "ActionID", "s1", "Items", "1"), client.next());
  }

  @Test
  void noResponseLeavesTheActionUnansweredButRecorded() throws Exception {
    pbx.stubFor(action("Ping")).willReturn(noResponse());
    client.send("Action", "Ping", "ActionID", "p1");
    pbx.awaitAction(action("Ping").withHeader("ActionID", "p1"));
    client.send("Action", "Logoff", "ActionID", "bye");
    assertEquals("bye", client.nextResponse().actionId(), "the Ping got nothing");
  }

  @Test
  void aDelayedAnswerHoldsBackLaterActionsAsAsteriskDoes() throws Exception {
    pbx.stubFor(action("Redirect"))
        .willReturn(success("Redirect successful").afterDelay(Duration.ofMillis(200)));
    client.send("Action", "Redirect", "ActionID", "slow", "Channel", "x");
    client.send("Action", "Ping", "ActionID", "fast");
    assertEquals("slow", client.nextResponse().actionId());
    assertEquals("fast", client.nextResponse().actionId());
  }

  @Test
  void answersCanBeComputedFromTheRequest() throws Exception {
    pbx.stubFor(action("DBGet"))
        .willAnswer(req -> success().withHeader("Val", req.get("Family") + "/" + req.get("Key")));
    client.send("Action", "DBGet", "Family", "f", "Key", "k");
    assertEquals("f/k", client.nextResponse().get("Val"));
  }

  @Test
  void theNewestMatchingStubWinsAndCountsItsMatches() throws Exception {
    Stub older = pbx.stubFor(action("Hangup")).willReturn(error("older"));
    Stub newer = pbx.stubFor(action("Hangup")).willReturn(error("newer"));
    client.send("Action", "Hangup", "Channel", "x");
    assertEquals("newer", client.nextResponse().get("Message"));
    newer.remove();
    client.send("Action", "Hangup", "Channel", "x");
    assertEquals("older", client.nextResponse().get("Message"));
    assertEquals(1, older.matchCount());
    assertEquals(1, newer.matchCount());
  }

  @Test
  void aCustomActionIsListedAndGuardedByItsDeclaredClasses() throws Exception {
    pbx.stubFor(action("MyModuleReset"))
        .requiring(PrivilegeClass.SYSTEM)
        .willReturn(success("Reset"));
    client.send("Action", "MyModuleReset", "ActionID", "r1");
    assertEquals("Reset", client.nextResponse().get("Message"));
    client.send("Action", "ListCommands");
    assertTrue(client.nextResponse().get("MyModuleReset").endsWith("(Priv: system,all)"));

    try (RawAmiClient reporter = RawAmiClient.connect(pbx)) {
      reporter.login("reporter", "pw", "off");
      reporter.send("Action", "MyModuleReset", "ActionID", "r2");
      assertEquals("Permission denied", reporter.nextResponse().get("Message"));
      reporter.send("Action", "ListCommands");
      assertNull(reporter.nextResponse().get("MyModuleReset"));
    }
  }

  @Test
  void thenCloseConnectionClosesAfterTheAnswer() throws Exception {
    pbx.stubFor(action("Reload")).willReturn(success("Module Reloaded").thenCloseConnection());
    client.send("Action", "Reload");
    assertEquals("Module Reloaded", client.nextResponse().get("Message"));
    assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
  }

  @Test
  void sessionActionsCannotBeStubbed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> pbx.stubFor(action("login")).willReturn(success()));
    assertTrue(e.getMessage().contains("configure users"), e.getMessage());
  }

  @Test
  void replyMisuseIsRefusedEarly() {
    assertThrows(IllegalStateException.class, () -> success().completedBy("X"));
    assertThrows(IllegalStateException.class, () -> noResponse().withHeader("A", "b"));
    assertThrows(IllegalArgumentException.class, () -> list(AmiMessage.of("Response", "Success")));
  }

  @Test
  void aCustomActionIsUnknownAgainOnceItsLastStubIsRemoved() throws Exception {
    Stub stub = pbx.stubFor(action("MyModuleReset")).willReturn(success("Reset"));
    stub.remove();
    client.send("Action", "MyModuleReset", "ActionID", "gone");
    assertEquals(
        "Invalid/unknown command: MyModuleReset. Use Action: ListCommands to show available"
            + " commands.",
        client.nextResponse().get("Message"));
  }
}
