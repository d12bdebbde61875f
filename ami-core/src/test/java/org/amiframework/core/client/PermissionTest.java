package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.SharedCaptures;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Write permissions: Asterisk's Permission denied, and the local check learned at login. */
class PermissionTest {

  /** The ListCommands lines reporter (write=reporting) got from Asterisk 22 (capture f-...). */
  private static List<String> reporterCommands() throws Exception {
    AmiMessage list =
        SharedCaptures.withActionId("f-listcommands-reporter", "f-listcommands-reporter-2");
    List<String> lines = new ArrayList<>();
    for (Header h : list.headers()) {
      if (!h.is("Response") && !h.is("ActionID")) {
        lines.add(h.name() + ": " + h.value());
      }
    }
    return lines;
  }

  private static ScriptedAmiServer reporterServer() throws Exception {
    return ScriptedAmiServer.builder()
        .user("reporter", "reppw")
        .listCommands(reporterCommands())
        .on("Command", (s, a) -> s.respond(a, "Error", "Message", "Permission denied"))
        .on("CoreStatus", (s, a) -> s.respond(a, "Success", "CoreCurrentCalls", "0"))
        .start();
  }

  @Test
  void permissionDeniedFromTheServerFailsWithPermissionDeniedException() throws Exception {
    try (ScriptedAmiServer server = reporterServer();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .username("reporter")
                    .secret("reppw")
                    .learnWriteClasses(false)
                    .build())) {
      await(client.connect());

      Throwable failure = failure(client.send(GenericAction.command("core show version")));

      PermissionDeniedException denied = assertInstanceOf(PermissionDeniedException.class, failure);
      assertEquals("Permission denied", denied.response().text());
      assertEquals(1, server.nextSession(TestClients.WAIT).actions("Command").size());
      assertEquals(Set.of(), client.writeClasses(), "nothing learned, nothing configured");
    }
  }

  @Test
  void actionOutsideTheLearnedPermissionsIsRefusedWithoutSending() throws Exception {
    try (ScriptedAmiServer server = reporterServer();
        AmiClient client =
            AmiClient.create(config(server).username("reporter").secret("reppw").build())) {
      await(client.connect());
      ServerSession session = server.nextSession(TestClients.WAIT);

      Throwable failure = failure(client.send(GenericAction.command("core show version")));

      PermissionDeniedException denied = assertInstanceOf(PermissionDeniedException.class, failure);
      assertNull(denied.response(), "decided locally");
      assertTrue(denied.getMessage().contains("Command"), denied.getMessage());
      assertTrue(denied.getMessage().contains("needs one of the write classes command"));
      assertTrue(denied.getMessage().contains("user has reporting"), denied.getMessage());
      assertEquals(EnumSet.of(PrivilegeClass.REPORTING), client.writeClasses());

      GenericAction<AmiResponse> coreStatus =
          GenericAction.named("CoreStatus")
              .requiring(EnumSet.of(PrivilegeClass.SYSTEM, PrivilegeClass.REPORTING));
      assertEquals("0", await(client.send(coreStatus)).header("CoreCurrentCalls"));
      assertTrue(session.actions("Command").isEmpty(), "the refused action was never written");
      assertEquals(1, session.actions("ListCommands").size());
    }
  }

  @Test
  void configuredWriteClassesAreCheckedAndNothingIsLearned() throws Exception {
    try (ScriptedAmiServer server = reporterServer();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .username("reporter")
                    .secret("reppw")
                    .writeClasses(EnumSet.of(PrivilegeClass.CALL))
                    .build())) {
      await(client.connect());
      ServerSession session = server.nextSession(TestClients.WAIT);

      Throwable failure = failure(client.send(GenericAction.command("core show version")));

      assertInstanceOf(PermissionDeniedException.class, failure);
      assertTrue(failure.getMessage().contains("user has call"), failure.getMessage());
      assertEquals(EnumSet.of(PrivilegeClass.CALL), client.writeClasses());
      assertTrue(session.actions("ListCommands").isEmpty());
      await(client.send(GenericAction.named("Ping")));
      assertTrue(session.actions("Command").isEmpty());
    }
  }

  @Test
  void adminMayRunCommandAndLearnsItsClasses() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on("Command", (s, a) -> s.respond(a, "Success", "Output", "ok"))
                .start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      assertEquals(List.of("ok"), await(client.send(GenericAction.command("x"))).lines());
      assertTrue(
          client
              .writeClasses()
              .containsAll(
                  EnumSet.of(
                      PrivilegeClass.COMMAND, PrivilegeClass.ORIGINATE, PrivilegeClass.USER)),
          client.writeClasses().toString());
      assertTrue(
          !client.writeClasses().contains(PrivilegeClass.CALL),
          "call only appears together with other classes in this list");
    }
  }
}
