package org.amiframework.testkit.internal;

import java.util.Map;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.CliResult;
import org.amiframework.testkit.FakeCli;

/**
 * {@code Command}: runs a line on the fake's scriptable CLI and answers in the format of the
 * emulated version: {@code Output:} headers from AMI 3 (Asterisk 14) on, else the legacy {@code
 * Response: Follows} text ended by {@code --END COMMAND--}.
 */
final class CommandAction {

  private CommandAction() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("command", CommandAction::command);
  }

  private static void command(ActionContext ctx) {
    String line = ctx.header("Command");
    if (line == null || line.isEmpty()) {
      ctx.error("No command provided");
      return;
    }
    if (FakeCli.isBlacklisted(line)) {
      ctx.error("Command blacklisted");
      return;
    }
    CliResult result = ctx.server().cli().execute(line);
    ctx.respond(
        ctx.server().settings().commandOutputHeaders()
            ? outputHeaders(ctx.request(), result)
            : legacy(ctx.request(), result));
  }

  /** One {@code Output:} per line; empty output is still one empty {@code Output: }. */
  private static AmiMessage outputHeaders(AmiMessage request, CliResult result) {
    AmiMessage.Builder b =
        Responses.start(result.success() ? "Success" : "Error", request)
            .add("Message", "Command output follows");
    if (result.lines().isEmpty()) {
      b.add("Output", "");
    }
    result.lines().forEach(line -> b.add("Output", line));
    return b.build();
  }

  /** {@code Response: Follows}, {@code Privilege: Command}, ActionID, then the raw LF text. */
  private static AmiMessage legacy(AmiMessage request, CliResult result) {
    AmiMessage.Builder b = AmiMessage.builder().add("Response", "Follows");
    b.add("Privilege", "Command");
    String id = Responses.actionId(request);
    if (id != null) {
      b.add("ActionID", id);
    }
    StringBuilder body = new StringBuilder();
    result.lines().forEach(line -> body.append(line).append('\n'));
    return b.body(body.toString()).build();
  }
}
