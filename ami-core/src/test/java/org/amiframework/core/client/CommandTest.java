package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.junit.jupiter.api.Test;

/** The Command action in both wire formats, answered as in capture e-command-output. */
class CommandTest {

  /** Asterisk 14+, shaped like capture e-command-output. */
  private static void modern(ServerSession s, AmiMessage a) throws Exception {
    switch (a.get("Command") == null ? "" : a.get("Command")) {
      case "core show uptime" ->
          s.respond(
              a,
              "Success",
              "Message",
              "Command output follows",
              "Output",
              "System uptime: 3 minutes, 5 seconds",
              "Output",
              "Last reload: 3 minutes, 5 seconds");
      case "core show channels concise" ->
          s.respond(a, "Success", "Message", "Command output follows", "Output", "");
      case "no such cli command" ->
          s.respond(
              a,
              "Error",
              "Message",
              "Command output follows",
              "Output",
              "No such command 'no such cli command' (type 'core show help no such' for other"
                  + " possible commands)");
      default -> s.respond(a, "Error", "Message", "No command provided");
    }
  }

  /** Before Asterisk 14: Response: Follows, raw LF text, --END COMMAND--. */
  private static void legacy(ServerSession s, AmiMessage a) throws Exception {
    String text =
        "core show uptime".equals(a.get("Command"))
            ? "System uptime: 3 minutes, 5 seconds\nLast reload: 3 minutes, 5 seconds\n"
            : "No such command 'bogus'";
    s.writeRaw(
        "Response: Follows\r\nPrivilege: Command\r\nActionID: "
            + a.actionId()
            + "\r\n"
            + text
            + "--END COMMAND--\r\n\r\n");
  }

  @Test
  void outputHeadersBecomeLines() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Command", CommandTest::modern).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      CommandResult result = await(client.send(GenericAction.command("core show uptime")));

      assertTrue(result.success());
      assertEquals(
          List.of("System uptime: 3 minutes, 5 seconds", "Last reload: 3 minutes, 5 seconds"),
          result.lines());
    }
  }

  @Test
  void unknownCliCommandIsAnUnsuccessfulResultNotAFailure() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Command", CommandTest::modern).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      CommandResult result = await(client.send(GenericAction.command("no such cli command")));

      assertFalse(result.success());
      assertEquals(1, result.lines().size());
      assertTrue(result.text().startsWith("No such command 'no such cli command'"));
    }
  }

  @Test
  void singleEmptyOutputLineIsEmptyOutput() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Command", CommandTest::modern).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      CommandResult result =
          await(client.send(GenericAction.command("core show channels concise")));

      assertTrue(result.success());
      assertEquals(List.of(), result.lines());
    }
  }

  @Test
  void errorWithoutOutputFailsTheAction() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Command", CommandTest::modern).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      Throwable failure = failure(client.send(GenericAction.command("")));

      AmiActionException error = assertInstanceOf(AmiActionException.class, failure);
      assertEquals("No command provided", error.response().text());
    }
  }

  @Test
  void legacyFollowsBodyIsSplitIntoLines() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Command", CommandTest::legacy).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      CommandResult uptime = await(client.send(GenericAction.command("core show uptime")));
      CommandResult bogus = await(client.send(GenericAction.command("bogus")));

      assertTrue(uptime.success());
      assertEquals(
          List.of("System uptime: 3 minutes, 5 seconds", "Last reload: 3 minutes, 5 seconds"),
          uptime.lines());
      assertEquals("Follows", uptime.response().status());
      assertEquals(List.of("No such command 'bogus'"), bogus.lines(), "marker glued to the text");
    }
  }
}
