package org.amiframework.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  @Test
  void writesLikePythonsJsonDumps() {
    assertEquals(
        "{\"t\": 0.004846, \"dir\": \"rx\", \"data\": \"A: \\u00c3\\u00bc\\r\\n\\\"q\\\" \\\\ \\u007f\"}",
        JsonLines.line(0.004846, "rx", "A: \u00c3\u00bc\r\n\"q\" \\ \u007f"));
  }

  @Test
  void readsBackWhatItWrites() {
    String data = "Event: X\r\nNon-ASCII: \u00ff\u0001\t\b\f/\r\n\r\n";
    Map<String, String> parsed = JsonLines.parseObject(JsonLines.line(1.5, "tx", data));
    assertEquals(data, parsed.get("data"));
    assertEquals("tx", parsed.get("dir"));
    assertEquals("1.500000", parsed.get("t"));
  }

  @Test
  void badLinesNameTheColumn() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonLines.parseObject("{\"t\" 1}"));
    assertTrue(e.getMessage().contains("column"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonLines.parseObject("{\"data\": \"abc"));
  }
}
