package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

/** Which call an event is ordered with. */
class CallKeysTest {

  @Test
  void everyEventOfARealOriginateIsKeyedToItsCall() throws IOException {
    // c2: an Originate of Local/200 that dials Local/100. Its DialBegin events name the dialled
    // channel only as Dest..., its LocalBridge events only as LocalOne.../LocalTwo...
    List<AmiMessage> events = capturedEvents("c2-originate-async-local200-dial.rx");
    List<String> prefixedOnly = new ArrayList<>();
    for (AmiMessage m : events) {
      boolean namesAChannel =
          m.headers().stream().anyMatch(h -> h.name().endsWith("Linkedid"))
              && !m.eventName().equals("Cdr");
      if (namesAChannel) {
        assertEquals("chan-uid-200-a", CallKeys.of(new GenericEvent(m)), m.toString());
        if (!m.has("Linkedid")) {
          prefixedOnly.add(m.eventName());
        }
      }
    }
    assertEquals(List.of("LocalBridge", "DialBegin", "LocalBridge", "DialEnd"), prefixedOnly);
  }

  @Test
  void aTransferIsKeyedToTheTransferringChannelsCall() {
    AmiEvent blind =
        event(
            "BlindTransfer",
            snapshot("Transferer", "call-a.2", "call-a"),
            snapshot("Transferee", "call-b.1", "call-b"));
    assertEquals("call-a", CallKeys.of(blind));
    AmiEvent attended =
        event(
            "AttendedTransfer",
            snapshot("OrigTransferer", "call-a.2", "call-a"),
            snapshot("SecondTransferer", "call-c.1", "call-c"),
            snapshot("Transferee", "call-b.1", "call-b"),
            snapshot("TransferTarget", "call-c.2", "call-c"));
    assertEquals("call-a", CallKeys.of(attended));
  }

  @Test
  void theEventsOwnChannelWinsOverAPrefixedOneWrittenBefore() {
    AmiEvent agentCalled =
        event(
            "AgentCalled", snapshot("Dest", "agent.1", "agent"), snapshot("", "caller.1", "call"));
    assertEquals("call", CallKeys.of(agentCalled));
  }

  @Test
  void emptyIdsAreSkippedAndOlderServersFallBackToUniqueidThenChannel() {
    assertEquals(
        "call-b",
        CallKeys.of(
            TestEvents.generic(
                "X", "Linkedid", "", "DestLinkedid", "", "SpyeeLinkedid", "call-b")));
    assertEquals("u1", CallKeys.of(TestEvents.generic("X", "Uniqueid", "u1", "Channel", "SIP/1")));
    assertEquals("SIP/1", CallKeys.of(TestEvents.generic("X", "Channel", "SIP/1")));
    assertEquals("u2", CallKeys.of(TestEvents.generic("X", "LINKEDID", "u2")));
    assertEquals("u3", CallKeys.of(TestEvents.generic("X", "destlinkedid", "u3")));
    assertNull(CallKeys.of(TestEvents.generic("BridgeCreate", "BridgeUniqueid", "b1")));
    assertNull(CallKeys.of(TestEvents.generic("DeviceStateChange", "Device", "SIP/1")));
  }

  @Test
  void anEmptyUniqueidFallsBackToTheChannel() {
    assertEquals(
        "SIP/1",
        CallKeys.of(TestEvents.generic("X", "Uniqueid", "", "Channel", "SIP/1", "Uniqueid", "u")));
    assertNull(CallKeys.of(TestEvents.generic("X", "Uniqueid", "", "Channel", "")));
  }

  @Test
  void theLaneOfAnEventIsTheLaneOfItsKeyWhetherTheKeyIsMadeOrStillBytes() throws IOException {
    List<AmiMessage> events = new ArrayList<>();
    for (String capture : List.of("c2-originate-async-local200-dial.rx", "m-bulk-200-events.rx")) {
      events.addAll(capturedEvents(capture));
    }
    int keyed = 0;
    for (AmiMessage m : events) {
      String key = CallKeys.of(new GenericEvent(m));
      keyed += key == null ? 0 : 1;
      for (int server = 0; server < 3; server++) {
        for (int lanes : new int[] {1, 8, 13}) {
          int expected = CallKeys.laneOf(server, key, lanes);
          assertEquals(expected, CallKeys.laneOf(server, new GenericEvent(m), lanes), m::toString);
          // A message as the reader makes it: values kept as bytes until asked for.
          assertEquals(
              expected, CallKeys.laneOf(server, new GenericEvent(asRead(m)), lanes), m::toString);
        }
      }
    }
    assertTrue(keyed > events.size() / 2, keyed + " of " + events.size() + " keyed");
  }

  @Test
  void aKeyedEventLeavesLaneZeroWhenThereAreOthers() {
    AmiEvent dialBegin = event("DialBegin", snapshot("Dest", "d.1", "call-d"));
    List<Integer> lanes = new ArrayList<>();
    for (int server = 0; server < 8; server++) {
      lanes.add(CallKeys.laneOf(server, CallKeys.of(dialBegin), 8));
    }
    assertFalse(lanes.stream().allMatch(lane -> lane == 0), lanes.toString());
  }

  private static AmiEvent event(String name, String[]... snapshots) {
    return TestEvents.generic(
        name, Arrays.stream(snapshots).flatMap(Arrays::stream).toArray(String[]::new));
  }

  /** The header pairs of a channel snapshot with this prefix, as Asterisk writes them. */
  private static String[] snapshot(String prefix, String uniqueid, String linkedid) {
    List<String> pairs = new ArrayList<>();
    for (String header : ChannelSnapshot.HEADERS) {
      pairs.add(prefix + header);
      pairs.add(
          switch (header) {
            case "Uniqueid" -> uniqueid;
            case "Linkedid" -> linkedid;
            default -> "x";
          });
    }
    return pairs.toArray(String[]::new);
  }

  /** The message with every value kept as ISO-8859-1 bytes, as the frame reader keeps them. */
  private static AmiMessage asRead(AmiMessage m) {
    String[] names = new String[m.size()];
    int[] ends = new int[m.size()];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < m.size(); i++) {
      names[i] = m.name(i);
      text.append(m.value(i));
      ends[i] = text.length();
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
    return AmiMessage.wrapLatin1(names, new String[names.length], bytes, ends, null);
  }

  private static List<AmiMessage> capturedEvents(String file) throws IOException {
    Path path = Path.of(System.getProperty("ami.shared.dir"), "asterisk", "captures", file);
    String text = Files.readString(path, StandardCharsets.ISO_8859_1);
    List<AmiMessage> events = new ArrayList<>();
    for (String block : text.split("\r\n\r\n")) {
      AmiMessage.Builder b = AmiMessage.builder();
      for (String line : block.split("\r\n")) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          b.add(line.substring(0, colon), line.substring(colon + 2));
        }
      }
      AmiMessage m = b.build();
      if (m.eventName() != null) {
        events.add(m);
      }
    }
    return events;
  }
}
