package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's own behaviour for common actions, when nothing is stubbed. */
class BuiltInActionsTest {

  private FakeAsterisk pbx;
  private RawAmiClient client;

  @BeforeEach
  void start() throws Exception {
    pbx = FakeAsterisk.builder().user(FakeUser.admin("admin", "pw")).start();
    client = RawAmiClient.connect(pbx);
    client.login("admin", "pw", "call,user");
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pbx.close();
  }

  @Test
  void unscriptedActionsSucceedOrFailByPolicy() throws Exception {
    client.send("Action", "DBPut", "ActionID", "d1", "Family", "f", "Key", "k", "Val", "v");
    AmiMessage ok = client.nextResponse();
    assertEquals("Success", ok.get("Response"));
    assertTrue(ok.get("Message").contains("DBPut"));

    try (FakeAsterisk strict =
            FakeAsterisk.builder().unscriptedActions(UnscriptedActionPolicy.FAIL).start();
        RawAmiClient c = RawAmiClient.connect(strict)) {
      c.login("admin", "admin", "off");
      c.send("Action", "DBPut", "ActionID", "d2");
      AmiMessage refused = c.nextResponse();
      assertEquals("Error", refused.get("Response"));
      assertEquals("d2", refused.actionId());
    }
  }

  @Test
  void builtInChannelActionsFollowTheChannelsTheTestAnnounced() throws Exception {
    String channel = "PJSIP/100-00000001";
    client.send("Action", "Hangup", "ActionID", "h0", "Channel", channel);
    assertEquals("No such channel", client.nextResponse().get("Message"));

    pbx.emit(
        event("Newchannel", "Channel", channel, "ChannelState", "6", "Uniqueid", "1.1"),
        PrivilegeClass.CALL);
    client.send("Action", "Setvar", "Channel", channel, "Variable", "FOO", "Value", "bar");
    List<AmiMessage> skipped = new ArrayList<>();
    assertEquals("Variable Set", client.nextResponse(skipped).get("Message"));
    client.send("Action", "Getvar", "Channel", channel, "Variable", "FOO");
    assertEquals("bar", client.nextResponse().get("Value"));
    client.send("Action", "Status", "ActionID", "st");
    assertEquals("Channel status will follow", client.nextResponse().get("Message"));
    AmiMessage item = client.next();
    assertEquals(channel, item.get("Channel"));
    assertEquals("st", item.actionId());
    assertEquals("1", client.next().get("Items"));
    client.send("Action", "Hangup", "ActionID", "h1", "Channel", channel);
    assertEquals("Channel Hungup", client.nextResponse().get("Message"));
    client.send("Action", "CoreShowChannels", "ActionID", "c");
    client.nextResponse();
    assertEquals("0", client.next().get("ListItems"));
    assertFalse(client.errors().size() > 0, client.errors().toString());
  }

  @Test
  void defaultOriginateReportsItsResultWithTheRequestersActionId() throws Exception {
    client.send(
        "Action",
        "Originate",
        "ActionID",
        "orig-1",
        "Channel",
        "Local/100@test",
        "Context",
        "test",
        "Exten",
        "900",
        "Priority",
        "1",
        "CallerID",
        "\"AMI Test\" <5551234>",
        "Async",
        "true");
    assertEquals("Originate successfully queued", client.nextResponse().get("Message"));
    AmiMessage event = client.next();
    assertEquals("OriginateResponse", event.eventName());
    assertEquals(
        List.of(
            "Event",
            "Privilege",
            "ActionID",
            "Response",
            "Channel",
            "Context",
            "Exten",
            "Reason",
            "Uniqueid",
            "CallerIDNum",
            "CallerIDName"),
        event.headers().stream().map(h -> h.name()).toList());
    assertEquals("orig-1", event.actionId());
    assertEquals("5551234", event.get("CallerIDNum"));
    assertEquals("AMI Test", event.get("CallerIDName"));
    assertTrue(event.get("Channel").matches("Local/100@test-[0-9a-f]{8};1"), event.get("Channel"));
  }

  @Test
  void userEventCopiesEveryHeaderButActionAndUserEvent() throws Exception {
    client.send(
        AmiMessage.of(
            "Action",
            "UserEvent",
            "ActionID",
            "u1",
            "UserEvent",
            "FromAMI",
            "Header1",
            "v1",
            "Header1",
            "v2"));
    assertEquals("Event Sent", client.nextResponse().get("Message"));
    assertEquals(
        AmiMessage.of(
            "Event",
            "UserEvent",
            "Privilege",
            "user,all",
            "UserEvent",
            "FromAMI",
            "ActionID",
            "u1",
            "Header1",
            "v1",
            "Header1",
            "v2"),
        client.next());
  }
}
