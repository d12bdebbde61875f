package org.amiframework.core.internal.client;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.CommandResult;

/**
 * Reads the answer to {@code Command} in either wire format into one {@link CommandResult}.
 *
 * <ul>
 *   <li>Asterisk 14+: {@code Response: Success|Error} with one {@code Output:} header per line. An
 *       unknown CLI command answers {@code Error} with output lines: that is a result with {@code
 *       success=false}, not a failure. Empty output is one {@code Output: } with an empty value.
 *   <li>Before 14: {@code Response: Follows} with the raw CLI text (LF line ends) in the message
 *       body, which the frame reader cut at {@code --END COMMAND--}.
 * </ul>
 *
 * An {@code Error} without any output (no command given, permission denied) fails the action.
 */
final class CommandOutput {

  private static final String OUTPUT = "Output";

  private CommandOutput() {}

  /** The result, or throws the action's failure. */
  static CommandResult toResult(String action, AmiResponse response) {
    if ("Follows".equalsIgnoreCase(response.status())) {
      return new CommandResult(response, true, legacyLines(response.message().body().orElse("")));
    }
    List<String> output = response.message().getAll(OUTPUT);
    if (response.isError() && output.isEmpty()) {
      throw ActionErrors.failure(action, response);
    }
    if (output.size() == 1 && output.get(0).isEmpty()) {
      output = List.of();
    }
    return new CommandResult(response, !response.isError(), output);
  }

  /** Splits legacy CLI text into lines: LF or CRLF ends, one trailing line end not a line. */
  static List<String> legacyLines(String body) {
    int end = body.endsWith("\n") ? body.length() - 1 : body.length();
    if (end == 0) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start <= end) {
      int lf = body.indexOf('\n', start);
      int stop = lf < 0 || lf > end ? end : lf;
      int textEnd = stop > start && body.charAt(stop - 1) == '\r' ? stop - 1 : stop;
      lines.add(body.substring(start, textEnd));
      start = stop + 1;
    }
    return lines;
  }
}
