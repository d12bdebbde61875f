package org.amiframework.testkit;

import static org.amiframework.testkit.RecordedCall.CAPTURE;
import static org.amiframework.testkit.RecordedCall.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/**
 * The fake's CoreShowChannel items against those Asterisk 22.10.1 wrote during a call (capture
 * {@code d-status-coreshowchannels-during-call}): the same header names in the same order, with
 * values that follow the events the test emitted. The capture is read at run time, never copied.
 */
class CoreShowChannelConformanceTest {

  @Test
  void itemsCarryTheHeadersAsteriskWritesInItsOrder() throws Exception {
    AmiMessage recorded = recordedItem();
    try (AdminSession session = AdminSession.start()) {
      RawAmiClient client = session.client();
      session.announce(recorded, recorded.get("ApplicationData"));
      session.bridge("BridgeEnter", recorded.get("Channel"), "bridge-1");

      AmiMessage item = coreShowChannels(client, "csc-1").get(0);

      assertEquals(names(recorded), names(item), "header names and order, as " + CAPTURE);
      for (String header : ChannelSnapshot.HEADERS) {
        assertEquals(recorded.get(header), item.get(header), header);
      }
      assertEquals("csc-1", item.actionId());
      assertEquals(recorded.get("Application"), item.get("Application"));
      assertEquals(recorded.get("ApplicationData"), item.get("ApplicationData"));
      assertEquals("bridge-1", item.get("BridgeId"));
      String duration = item.get("Duration");
      assertTrue(duration.matches("\\d\\d:[0-5]\\d:[0-5]\\d"), "HH:MM:SS, not " + duration);

      session.bridge("BridgeLeave", recorded.get("Channel"), "bridge-1");
      assertEquals("", coreShowChannels(client, "csc-2").get(0).get("BridgeId"), "left it");
    }
  }

  @Test
  void aSparselyAnnouncedChannelStillGetsEveryHeader() throws Exception {
    try (AdminSession session = AdminSession.start()) {
      RawAmiClient client = session.client();
      session.announceOnlyTheName("PJSIP/100-00000001");

      AmiMessage item = coreShowChannels(client, "csc").get(0);

      assertEquals(names(recordedItem()), names(item), "header names and order, as " + CAPTURE);
      assertEquals("Down", item.get("ChannelStateDesc"));
      assertEquals(item.get("Uniqueid"), item.get("Linkedid"), "a call of its own");
      assertEquals("", item.get("Application"), "no Newexten yet");
      assertEquals("", item.get("ApplicationData"));
      assertEquals("", item.get("BridgeId"));
      assertTrue(
          item.get("Duration").startsWith("00:00:"), "just created: " + item.get("Duration"));
    }
  }

  private static List<AmiMessage> coreShowChannels(RawAmiClient client, String actionId)
      throws InterruptedException, IOException {
    client.send("Action", "CoreShowChannels", "ActionID", actionId);
    assertEquals("Channels will follow", client.nextResponse().get("Message"));
    List<AmiMessage> items = new ArrayList<>();
    for (AmiMessage m = client.next();
        !"CoreShowChannelsComplete".equals(m.eventName());
        m = client.next()) {
      items.add(m);
    }
    return items;
  }

  private static AmiMessage recordedItem() {
    return RecordedCall.message(
        "CoreShowChannel item", m -> "CoreShowChannel".equals(m.eventName()));
  }
}
