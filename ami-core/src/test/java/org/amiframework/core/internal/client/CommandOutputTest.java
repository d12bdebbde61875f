package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.testsupport.SharedCaptures;
import org.junit.jupiter.api.Test;

/** Command output of Asterisk 22 (capture e-command-output) and of servers before 14. */
class CommandOutputTest {

  private static CommandResult fromCapture(int n) throws Exception {
    return CommandOutput.toResult(
        "Command",
        new AmiResponse(SharedCaptures.withActionId("e-command-output", "e-command-output-" + n)));
  }

  @Test
  void outputLinesKeepTheirBlanks() throws Exception {
    CommandResult queue = fromCapture(6);

    assertTrue(queue.success());
    assertEquals("   Members: ", queue.lines().get(1), "leading and trailing blanks are output");
    assertEquals(List.of("", ""), queue.lines().subList(4, 6), "trailing empty lines are kept");
  }

  @Test
  void singleEmptyOutputIsNoOutput() throws Exception {
    assertEquals(List.of(), fromCapture(5).lines());
  }

  @Test
  void unknownCliCommandIsAnUnsuccessfulResult() throws Exception {
    CommandResult unknown = fromCapture(8);

    assertFalse(unknown.success());
    assertTrue(unknown.text().startsWith("No such command 'no such cli command'"));
  }

  @Test
  void errorWithoutOutputIsAFailure() {
    AmiActionException e = assertThrows(AmiActionException.class, () -> fromCapture(14));
    assertEquals("No command provided", e.response().text());
  }

  @Test
  void legacyTextSplitsOnLineEnds() {
    assertEquals(List.of("a", "b"), CommandOutput.legacyLines("a\nb\n"));
    assertEquals(List.of("a", "b"), CommandOutput.legacyLines("a\r\nb"));
    assertEquals(List.of("a", "", "b"), CommandOutput.legacyLines("a\n\nb\n"));
    assertEquals(List.of("a", ""), CommandOutput.legacyLines("a\n\n"));
    assertEquals(List.of(), CommandOutput.legacyLines("\n"));
    assertEquals(List.of(), CommandOutput.legacyLines(""));
  }
}
