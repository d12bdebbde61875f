package org.amiframework.processor.internal.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.definitions.PrivilegeClasses;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * The stock write classes equal what ListCommands of the real 22.10.1 server says, action by
 * action.
 */
class StockWriteClassesTest {

  private static final Pattern LINE = Pattern.compile("^([^:\\s]+): .*\\(Priv: ([^)]*)\\)$");

  @Test
  void everyActionOfListCommandsHasItsClasses() throws IOException {
    String capture =
        Files.readString(
            Fixtures.sharedDir().resolve("asterisk/captures/f-listcommands.rx"),
            StandardCharsets.ISO_8859_1);
    Overlay stock = StockOverlay.load(new Diagnostics());
    List<String> wrong = new ArrayList<>();
    int actions = 0;
    for (String line : capture.split("\r\n")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      actions++;
      List<String> expected = new ArrayList<>();
      for (String name : m.group(2).split(",")) {
        String cls = PrivilegeClasses.fromName(name);
        if (cls != null) {
          expected.add(cls);
        }
      }
      List<String> actual = stock.writeClasses(m.group(1));
      if (!expected.equals(actual)) {
        wrong.add(m.group(1) + ": ListCommands says " + expected + ", the overlay " + actual);
      }
    }
    assertTrue(actions > 100, "actions in the capture: " + actions);
    assertEquals(List.of(), wrong);
  }
}
