package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FakeCliTest {

  private final FakeCli cli =
      new FakeCli()
          .define("core show version", "Asterisk 22.10.1")
          .define("core show channels", line -> CliResult.ok("args: " + line));

  @Test
  void matchesWordByWordIgnoringCaseAndBlanks() {
    assertEquals(List.of("Asterisk 22.10.1"), cli.execute("  CORE  show   version ").lines());
  }

  @Test
  void theLongestDefinedPrefixAnswersLongerLines() {
    CliResult r = cli.execute("core show channels concise");
    assertTrue(r.success());
    assertEquals(List.of("args: core show channels concise"), r.lines());
  }

  @Test
  void unknownCommandsFailWithTheHintFindBestWouldGive() {
    CliResult unknown = cli.execute("no such cli command");
    assertFalse(unknown.success());
    assertEquals(
        List.of(
            "No such command 'no such cli command' (type 'core show help no such' for other"
                + " possible commands)"),
        unknown.lines());
    // "core" could still be a one-word command (Asterisk always has "!"), "core show" cannot be
    // any command this CLI knows, so the hint stops there.
    assertEquals(
        "No such command 'core show foo bar' (type 'core show help core show' for other possible"
            + " commands)",
        cli.execute("core show foo bar").lines().get(0));
    assertEquals(
        "No such command 'core' (type 'core show help core' for other possible commands)",
        cli.execute("core").lines().get(0));
  }

  @Test
  void blacklistedCommandsAreRecognised() {
    assertTrue(FakeCli.isBlacklisted("module load res_foo.so"));
    assertTrue(FakeCli.isBlacklisted("Restart  Gracefully"));
    assertFalse(FakeCli.isBlacklisted("module show"));
  }

  @Test
  void removeForgetsAndEmptyCommandsAreRefused() {
    cli.remove("core show version");
    assertFalse(cli.execute("core show version").success());
    assertThrows(IllegalArgumentException.class, () -> cli.define("  ", "x"));
  }
}
