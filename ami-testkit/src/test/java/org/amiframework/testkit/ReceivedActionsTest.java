package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording of what clients sent, and assertions that explain themselves when they fail. */
class ReceivedActionsTest {

  private static final Duration SHORT = Duration.ofMillis(300);

  private FakeAsterisk pbx;
  private RawAmiClient client;

  @BeforeEach
  void start() throws Exception {
    pbx = FakeAsterisk.builder().user(FakeUser.admin("admin", "s3cret")).start();
    client = RawAmiClient.connect(pbx);
    client.login("admin", "s3cret", "off");
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pbx.close();
  }

  @Test
  void recordsEveryMessageInOrderWithItsSessionAndUser() throws Exception {
    client.send("Action", "Ping", "ActionID", "1");
    client.sendRaw("\r\n".getBytes());
    client.nextResponse();
    client.nextResponse();
    List<ReceivedAction> all = pbx.actions().all();
    assertEquals(3, all.size());
    assertEquals("Login", all.get(0).message().get("Action"));
    assertEquals(null, all.get(0).user(), "Login itself arrives before the session is logged in");
    assertEquals("admin", all.get(1).user());
    assertTrue(all.get(2).message().isEmpty(), "a blank line is a message too");
    assertEquals(pbx.receivedActions(), pbx.sessions().get(0).receivedActions());
  }

  @Test
  void awaitReturnsTheActionAsSoonAsItArrives() throws Exception {
    client.send("Action", "Hangup", "Channel", "PJSIP/1-0001", "Cause", "16");
    AmiMessage hangup = pbx.awaitAction(action("Hangup").withHeader("Cause", "16"));
    assertEquals("PJSIP/1-0001", hangup.get("Channel"));
    assertEquals(
        hangup, pbx.awaitAction(m -> "Hangup".equals(m.get("Action")), Duration.ofSeconds(1)));
  }

  @Test
  void aFailedAwaitListsWhatArrivedAndWhyTheNearestDidNotMatch() throws Exception {
    client.send("Action", "Originate", "ActionID", "o1", "Channel", "Local/200@default");
    pbx.awaitAction(action("Originate"));
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                pbx.actions()
                    .await(action("Originate").withHeader("Channel", "Local/100@default"), SHORT));
    String text = e.getMessage();
    assertTrue(
        text.contains("no action matching [Action Originate, Channel = 'Local/100@default']"),
        text);
    assertTrue(text.contains("received 2 actions"), text);
    assertTrue(text.contains("nearest: [session 1, admin] Action: Originate"), text);
    assertTrue(text.contains("but not Channel = 'Local/100@default'"), text);
    assertFalse(text.contains("s3cret"), "secrets never reach failure messages: " + text);
    assertTrue(text.contains("Secret: ******"), text);
  }

  @Test
  void countsAndAbsencesAreAsserted() throws Exception {
    client.send("Action", "Ping");
    client.send("Action", "Ping");
    assertEquals(2, pbx.actions().awaitCount(2, action("ping"), Duration.ofSeconds(5)).size());
    pbx.actions().assertReceived(2, action("Ping"));
    pbx.actions().assertNotReceived(action("Hangup"));
    AssertionError e =
        assertThrows(AssertionError.class, () -> pbx.actions().assertReceived(3, action("Ping")));
    assertTrue(
        e.getMessage().startsWith("expected 3 actions matching [Action Ping], got 2"),
        e.getMessage());
    assertThrows(AssertionError.class, () -> pbx.actions().assertNotReceived(action("Ping")));
    assertThrows(AssertionError.class, () -> pbx.actions().awaitCount(3, action("Ping"), SHORT));
  }

  @Test
  void clearForgetsEarlierActions() throws Exception {
    client.send("Action", "Ping");
    pbx.awaitAction(action("Ping"));
    pbx.actions().clear();
    assertThrows(AssertionError.class, () -> pbx.actions().await(action("Ping"), SHORT));
  }

  @Test
  void typedAwaitDecodesThroughTheActionType() throws Exception {
    ActionType<GenericAction<AmiResponse>> userEvent =
        new ActionType<>(
            "UserEvent",
            genericActionClass(),
            EnumSet.of(PrivilegeClass.USER),
            Set.of("UserEvent"),
            decodeAsGeneric());
    client.send("Action", "UserEvent", "UserEvent", "MissedCall", "Caller", "5551234");
    GenericAction<AmiResponse> got = pbx.awaitAction(userEvent, Duration.ofSeconds(5));
    assertEquals("MissedCall", got.toMessage().get("UserEvent"));
    assertEquals("5551234", got.toMessage().get("Caller"));
  }

  @Test
  void typedAwaitWaitsForAnActionSatisfyingTheCondition() throws Exception {
    ActionType<GenericAction<AmiResponse>> userEvent =
        new ActionType<>(
            "UserEvent", genericActionClass(), Set.of(), Set.of("UserEvent"), decodeAsGeneric());
    client.send("Action", "UserEvent", "UserEvent", "CallStarted");
    client.send("Action", "UserEvent", "UserEvent", "MissedCall");

    GenericAction<AmiResponse> missed =
        pbx.actions()
            .await(
                userEvent,
                a -> "MissedCall".equals(a.toMessage().get("UserEvent")),
                Duration.ofSeconds(5));
    AssertionError none =
        assertThrows(
            AssertionError.class,
            () -> pbx.actions().await(userEvent, a -> a.toMessage().has("Caller"), SHORT));

    assertEquals("MissedCall", missed.toMessage().get("UserEvent"));
    assertTrue(none.getMessage().contains("UserEvent: CallStarted"), none.getMessage());
  }

  @Test
  void theOrderOfActionsIsAssertedWithOthersInBetween() throws Exception {
    client.send("Action", "Ping");
    client.send("Action", "UserEvent", "UserEvent", "First");
    client.send("Action", "Ping");
    client.send("Action", "UserEvent", "UserEvent", "Second");
    pbx.actions().awaitCount(2, action("UserEvent"), Duration.ofSeconds(5));

    List<AmiMessage> inOrder =
        pbx.actions()
            .assertInOrder(
                action("UserEvent").withHeader("UserEvent", "First"),
                action("UserEvent").withHeader("UserEvent", "Second"));
    AssertionError reversed =
        assertThrows(
            AssertionError.class,
            () ->
                pbx.actions()
                    .assertInOrder(
                        action("UserEvent").withHeader("UserEvent", "Second"),
                        action("UserEvent").withHeader("UserEvent", "First")));

    assertEquals(2, inOrder.size());
    assertTrue(
        reversed.getMessage().contains("(one was received before it)"), reversed.getMessage());
    assertTrue(reversed.getMessage().contains("UserEvent: First"), "lists what was received");
  }

  @Test
  void aProbeIsAnsweredWithResponseAndEventAndNotRecorded() throws Exception {
    client.send("Action", "TestkitProbe", "ActionID", "p1", "Probe", "42");

    AmiMessage response = client.nextResponse();
    List<AmiMessage> events = new ArrayList<>();
    client.send("Action", "Ping", "ActionID", "after");
    client.nextResponse(events);

    assertEquals("p1", response.actionId());
    assertEquals("TestkitProbe", events.get(0).eventName());
    assertEquals("42", events.get(0).get("Probe"));
    pbx.actions().assertNotReceived(action("TestkitProbe"));
  }

  @SuppressWarnings("unchecked")
  private static Class<GenericAction<AmiResponse>> genericActionClass() {
    return (Class<GenericAction<AmiResponse>>) (Class<?>) GenericAction.class;
  }

  private static Function<AmiMessage, GenericAction<AmiResponse>> decodeAsGeneric() {
    return m -> {
      GenericAction<AmiResponse> a = GenericAction.named(m.get("Action"));
      for (int i = 1; i < m.size(); i++) {
        a = a.with(m.name(i), m.value(i));
      }
      return a;
    };
  }
}
