package org.amiframework.core.api;

import java.util.List;
import java.util.Objects;

/**
 * The output of the {@code Command} action, the same whichever format the server used: {@code
 * Output:} headers (Asterisk 14+) or raw text up to {@code --END COMMAND--} (before 14).
 *
 * @param response the raw response
 * @param success whether the CLI command succeeded ({@code Response: Error} for an unknown CLI
 *     command on 14+; always true on older servers, which cannot tell)
 * @param lines the output lines, in order
 */
public record CommandResult(AmiResponse response, boolean success, List<String> lines) {

  /** Validates and copies. */
  public CommandResult {
    Objects.requireNonNull(response, "response");
    lines = List.copyOf(lines);
  }

  /** The output as one text, lines joined by {@code \n}. */
  public String text() {
    return String.join("\n", lines);
  }
}
