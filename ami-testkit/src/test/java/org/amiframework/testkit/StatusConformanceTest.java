package org.amiframework.testkit;

import static org.amiframework.testkit.RecordedCall.ACTION_ID_PREFIX;
import static org.amiframework.testkit.RecordedCall.CAPTURE;
import static org.amiframework.testkit.RecordedCall.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.junit.jupiter.api.Test;

/**
 * The fake's answer to {@code Status} against Asterisk 22.10.1's during a call (capture {@code
 * d-status-coreshowchannels-during-call}): the start response, each item's header names in their
 * order with values that follow the emitted events or Asterisk's defaults, the requested variables,
 * and StatusComplete with {@code Items}.
 */
class StatusConformanceTest {

  /** Recorded requests: 4 asked for FOO, LONGCALL and WAITSECS; 5 for all variables. */
  private static final String PLAIN = ACTION_ID_PREFIX + "2";

  private static final String LISTED = ACTION_ID_PREFIX + "4";
  private static final String ALL = ACTION_ID_PREFIX + "5";

  /** Values that depend on the moment or the request, not on the channel. */
  private static final Set<String> VARYING = Set.of("Seconds", "ActionID");

  @Test
  void itemsCarryTheHeadersAsteriskWritesInItsOrder() throws Exception {
    AmiMessage recorded = recordedItem(PLAIN);
    try (AdminSession session = AdminSession.start()) {
      FakeAsterisk pbx = session.pbx();
      RawAmiClient client = session.client();
      session.announce(recorded, recorded.get("Data"));

      List<AmiMessage> answer = status(client, "st-1");

      assertSameShape(recorded("start response", PLAIN, null), answer.get(0));
      AmiMessage item = answer.get(1);
      assertEquals(names(recorded), names(item), "header names and order, as " + CAPTURE);
      for (Header h : recorded.headers()) {
        if (!VARYING.contains(h.name())) {
          assertEquals(h.value(), item.get(h.name()), h.name());
        }
      }
      assertEquals("st-1", item.actionId());
      assertTrue(item.get("Seconds").matches("\\d+"), "whole seconds: " + item.get("Seconds"));
      AmiMessage complete = answer.get(2);
      assertSameShape(recorded("StatusComplete", LISTED, "StatusComplete"), complete);
      assertEquals("1", complete.get("ListItems"));
      assertEquals("1", complete.get("Items"));

      session.bridge("BridgeEnter", recorded.get("Channel"), "bridge-1");
      assertEquals("bridge-1", status(client, "st-2").get(1).get("BridgeID"));
    }
  }

  @Test
  void requestedVariablesComeBeforeTheActionIdAsRecorded() throws Exception {
    AmiMessage listed = recordedItem(LISTED);
    AmiMessage all = recordedItem(ALL);
    try (AdminSession session = AdminSession.start()) {
      FakeAsterisk pbx = session.pbx();
      RawAmiClient client = session.client();
      session.announce(listed, listed.get("Data"));
      pbx.emit(
          AmiMessage.of(
              "Event", "VarSet",
              "Channel", listed.get("Channel"),
              "Variable", "WAITSECS",
              "Value", "8"),
          PrivilegeClass.DIALPLAN);
      String channel = listed.get("Channel");

      AmiMessage item =
          status(client, "v", "Channel", channel, "Variables", "FOO,LONGCALL,WAITSECS").get(1);
      assertEquals(names(listed), names(item), "header names and order, as " + CAPTURE);
      assertEquals(listed.getAll("Variable"), item.getAll("Variable"), "unset ones are (null)");

      item = status(client, "a", "Channel", channel, "AllVariables", "true").get(1);
      assertEquals(names(all), names(item), "header names and order, as " + CAPTURE);
      assertEquals(all.getAll("Variable"), item.getAll("Variable"));
    }
  }

  @Test
  void aSparselyAnnouncedChannelStillGetsEveryHeader() throws Exception {
    try (AdminSession session = AdminSession.start()) {
      RawAmiClient client = session.client();
      session.announceOnlyTheName("PJSIP/100-00000001");

      AmiMessage item = status(client, "sp").get(1);

      assertEquals(names(recordedItem(PLAIN)), names(item), "header names and order");
      assertEquals("PJSIP", item.get("Type"), "the driver that names the channel");
      assertEquals("<unknown>", item.get("EffectiveConnectedLineNum"));
      assertEquals("", item.get("Application"), "no Newexten yet");
      assertEquals("", item.get("Data"));
      assertEquals("", item.get("BridgeID"));
    }
  }

  /** The start response, the items and StatusComplete of one Status request. */
  private static List<AmiMessage> status(RawAmiClient client, String actionId, String... more)
      throws InterruptedException, IOException {
    AmiMessage.Builder request = AmiMessage.builder().add("Action", "Status");
    request.add("ActionID", actionId);
    for (int i = 0; i + 1 < more.length; i += 2) {
      request.add(more[i], more[i + 1]);
    }
    client.send(request.build());
    List<AmiMessage> answer = new ArrayList<>();
    answer.add(client.nextResponse());
    AmiMessage m;
    do {
      m = client.next();
      answer.add(m);
    } while (!"StatusComplete".equals(m.eventName()));
    return answer;
  }

  /** Same header names in the same order, same values but for the ActionID and counts. */
  private static void assertSameShape(AmiMessage recorded, AmiMessage actual) {
    assertEquals(names(recorded), names(actual), "header names and order, as " + CAPTURE);
    for (String fixed : List.of("Response", "Event", "EventList", "Message")) {
      assertEquals(recorded.get(fixed), actual.get(fixed), fixed);
    }
  }

  private static AmiMessage recordedItem(String actionId) {
    return recorded("Status item", actionId, "Status");
  }

  /** The recorded message answering {@code actionId}: the event named so, or the response. */
  private static AmiMessage recorded(String what, String actionId, String event) {
    return RecordedCall.message(
        what,
        m ->
            actionId.equals(m.actionId())
                && (event == null ? m.get("Response") != null : event.equals(m.eventName())));
  }
}
