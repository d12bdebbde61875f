package org.amiframework.core.wire;

import static org.amiframework.core.wire.Streams.GREETING;
import static org.amiframework.core.wire.Streams.readAsClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/**
 * Messages with the same first value may share one names array; each must still read with exactly
 * its own names, whatever the messages before it had.
 */
class SharedNamesTest {

  @Test
  void messagesOfOneKindKeepTheirOwnNames() {
    List<AmiMessage> expected =
        List.of(
            AmiMessage.of("Event", "A", "X", "1", "Y", "2"),
            AmiMessage.of("Event", "A", "X", "1", "Y", "3"),
            AmiMessage.of("Event", "A", "X", "1", "Z", "2"),
            AmiMessage.of("Event", "A", "X", "1"),
            AmiMessage.of("Event", "A", "X", "1", "Z", "2", "W", "3"),
            AmiMessage.of("Event", "A", "Z", "1", "X", "2"),
            AmiMessage.of("Event", "B", "Z", "1", "X", "2"),
            AmiMessage.of("Event", "A", "Z", "1", "X", "2"),
            AmiMessage.of("Event", "A", "Zé", "1", "X", "2"),
            AmiMessage.of("Event", "A", "Zé", "1", "X", "2"),
            AmiMessage.of("Event", "A", "Z", "1", "X", "2"));
    StringBuilder stream = new StringBuilder(GREETING);
    for (AmiMessage m : expected) {
      for (int i = 0; i < m.size(); i++) {
        stream.append(m.name(i)).append(": ").append(m.value(i)).append("\r\n");
      }
      stream.append("\r\n");
    }

    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, stream.toString());

    assertEquals(List.of(), h.errors);
    assertEquals(expected, h.messages);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).headers(), h.messages.get(i).headers(), "message " + i);
    }
  }

  @Test
  void aKindWithVeryManyHeadersIsReadRightEachTime() {
    StringBuilder one = new StringBuilder("Event: Big\r\n");
    StringBuilder other = new StringBuilder("Event: Big\r\n");
    for (int i = 0; i < 100; i++) {
      one.append("H").append(i).append(": v\r\n");
      other.append("H").append(i == 99 ? "x" : i).append(": v\r\n");
    }
    String stream = GREETING + one + "\r\n" + one + "\r\n" + other + "\r\n" + one + "\r\n";

    RecordingHandler h = readAsClient(FrameLimits.DEFAULT, stream);

    assertEquals(4, h.messages.size());
    assertEquals("H99", h.messages.get(1).name(100));
    assertEquals("Hx", h.messages.get(2).name(100));
    assertEquals("H99", h.messages.get(3).name(100));
  }
}
