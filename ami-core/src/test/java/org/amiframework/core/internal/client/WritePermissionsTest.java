package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.testsupport.SharedCaptures;
import org.junit.jupiter.api.Test;

/** Learning write permissions from the real ListCommands answers of three users (captures f-*). */
class WritePermissionsTest {

  private static WritePermissions learned(String capture) throws Exception {
    return WritePermissions.fromListCommands(
        new AmiResponse(SharedCaptures.withActionId(capture, capture + "-2")));
  }

  private static GenericAction<AmiResponse> action(String name, PrivilegeClass... needs) {
    Set<PrivilegeClass> classes = EnumSet.noneOf(PrivilegeClass.class);
    classes.addAll(Set.of(needs));
    return GenericAction.named(name).requiring(classes);
  }

  @Test
  void reporterHoldsReportingAndMayRunOnlyItsListedActions() throws Exception {
    WritePermissions reporter = learned("f-listcommands-reporter");

    assertTrue(reporter.learned());
    assertEquals(EnumSet.of(PrivilegeClass.REPORTING), reporter.heldClasses());
    PermissionDeniedException refusal = reporter.refusal(action("Command", PrivilegeClass.COMMAND));
    assertNotNull(refusal);
    assertEquals(
        "Permission denied for Command: it needs one of the write classes command but the user"
            + " has reporting (refused locally, not sent)",
        refusal.getMessage());
    assertNull(
        reporter.refusal(
            action("status", PrivilegeClass.SYSTEM, PrivilegeClass.CALL, PrivilegeClass.REPORTING)),
        "listed (names match case-insensitively)");
    assertNull(reporter.refusal(action("Ping")), "an action needing no class is always sent");
  }

  @Test
  void nobodyHoldsNoClass() throws Exception {
    WritePermissions nobody = learned("f-listcommands-nobody");

    assertEquals(Set.of(), nobody.heldClasses());
    PermissionDeniedException refusal =
        nobody.refusal(action("Originate", PrivilegeClass.ORIGINATE));
    assertTrue(refusal.getMessage().endsWith("but the user has none (refused locally, not sent)"));
  }

  @Test
  void adminHoldsEveryClassThatSomeActionNeedsAlone() throws Exception {
    WritePermissions admin = learned("f-listcommands");

    assertEquals(
        EnumSet.of(
            PrivilegeClass.SYSTEM,
            PrivilegeClass.CALL,
            PrivilegeClass.COMMAND,
            PrivilegeClass.AGENT,
            PrivilegeClass.USER,
            PrivilegeClass.CONFIG,
            PrivilegeClass.REPORTING,
            PrivilegeClass.ORIGINATE,
            PrivilegeClass.AGI,
            PrivilegeClass.AOC,
            PrivilegeClass.MESSAGE),
        admin.heldClasses());
    assertNull(admin.refusal(action("Originate", PrivilegeClass.ORIGINATE)));
    assertNull(admin.refusal(action("Command", PrivilegeClass.COMMAND)));
  }

  @Test
  void configuredClassesNeedOneSharedClass() {
    WritePermissions call = WritePermissions.configured(EnumSet.of(PrivilegeClass.CALL));

    assertNull(call.refusal(action("Hangup", PrivilegeClass.SYSTEM, PrivilegeClass.CALL)));
    assertNotNull(call.refusal(action("Originate", PrivilegeClass.ORIGINATE)));
    assertNotNull(
        WritePermissions.configured(Set.of()).refusal(action("Hangup", PrivilegeClass.CALL)));
  }

  @Test
  void unknownPermissionsRefuseNothing() {
    assertNull(WritePermissions.UNKNOWN.refusal(action("Originate", PrivilegeClass.ORIGINATE)));
    assertEquals(Set.of(), WritePermissions.UNKNOWN.heldClasses());
  }
}
