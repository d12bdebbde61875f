package org.amiframework.testkit;

import java.util.List;
import java.util.Objects;

/**
 * What a CLI command printed, and whether its handler reported success: on Asterisk 14+ a failing
 * command answers {@code Response: Error} with its output, a successful one {@code Success}.
 *
 * @param success whether the command succeeded
 * @param lines the output, one element per line, without line ends
 */
public record CliResult(boolean success, List<String> lines) {

  /** Validates and copies. */
  public CliResult {
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }

  /** A successful command with this output. */
  public static CliResult ok(String... lines) {
    return new CliResult(true, List.of(lines));
  }

  /** A successful command with this output. */
  public static CliResult ok(List<String> lines) {
    return new CliResult(true, lines);
  }

  /** A failed command with this output. */
  public static CliResult failure(String... lines) {
    return new CliResult(false, List.of(lines));
  }
}
