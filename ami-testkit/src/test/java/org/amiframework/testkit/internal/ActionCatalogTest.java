package org.amiframework.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.junit.jupiter.api.Test;

class ActionCatalogTest {

  private final ActionCatalog catalog = ActionCatalog.stock();

  private String classes(String action) {
    return Privileges.authorityToString(catalog.find(action).authority());
  }

  @Test
  void holdsTheWriteClassesAsterisk22RegistersActionsWith() {
    for (String free :
        List.of(
            "Ping",
            "Events",
            "Logoff",
            "Login",
            "Challenge",
            "ListCommands",
            "WaitEvent",
            "QueueStatus",
            "QueueSummary",
            "BridgeList")) {
      assertEquals("<none>", classes(free), free);
    }
    assertEquals("command,all", classes("Command"));
    assertEquals("originate,all", classes("Originate"));
    assertEquals("system,all", classes("Filter"));
    assertEquals("user,all", classes("UserEvent"));
    assertEquals("system,call,reporting,all", classes("Status"));
    assertEquals("system,call,all", classes("Hangup"));
    assertEquals("call,all", classes("Redirect"));
    assertEquals("system,reporting,all", classes("CoreShowChannels"));
    assertEquals("system,config,all", classes("GetConfig"));
    assertEquals(112, catalog.runnableBy(Privileges.ALL).size());
  }

  @Test
  void findsActionsInAnyCase() {
    assertEquals("QueueStatus", catalog.find("queuestatus").name());
    assertNull(catalog.find("Queues"), "removed from Asterisk long ago");
  }

  @Test
  void oneSharedClassIsEnoughToRunAnAction() {
    int call = PrivilegeClass.mask(Set.of(PrivilegeClass.CALL));
    assertTrue(ActionCatalog.allowed(catalog.find("Status"), call));
    assertFalse(ActionCatalog.allowed(catalog.find("Originate"), call));
    assertTrue(ActionCatalog.allowed(catalog.find("Ping"), 0));
  }

  @Test
  void listsRunnableActionsSortedAsAsteriskDoes() {
    List<String> names =
        catalog.runnableBy(Privileges.ALL).stream().map(ActionCatalog.Entry::name).toList();
    assertEquals(
        List.of("AbsoluteTimeout", "AgentLogoff", "Agents", "AGI", "AOCMessage"),
        names.subList(0, 5));
  }
}
