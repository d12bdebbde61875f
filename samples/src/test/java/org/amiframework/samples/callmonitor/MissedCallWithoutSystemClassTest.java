package org.amiframework.samples.callmonitor;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amiframework.samples.callmonitor.Console.Topic;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A manager user without the system class may not DBPut: the client knows (ListCommands at login)
 * and refuses it before sending; the monitor says so and goes on.
 */
@AmiTest(
    beans = {MissedCallNotifier.class, MonitorErrors.class, RecordingConsole.class},
    write = "call,user,reporting")
class MissedCallWithoutSystemClassTest {

  @Test
  void theUserEventGoesOutAndTheDbPutIsRefusedWithAnErrorLine(
      FakeAsterisk pbx, RecordingConsole console) {
    pbx.play(Scenarios.inboundCall().from("5551234").to("100").noAnswer().build());
    pbx.play(Scenarios.inboundCall().from("5559876").to("101").noAnswer().build());

    pbx.actions().assertReceived(2, action("UserEvent").withHeader("UserEvent", "MissedCall"));
    pbx.actions().assertNotReceived(action("DBPut"));
    List<String> errors = console.transcript().lines(Topic.ERROR);
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(0).contains("MissedCallNotifier.hungUp"), errors.get(0));
    assertTrue(errors.get(0).contains("PermissionDeniedException"), errors.get(0));
    assertEquals(List.of(), console.transcript().lines(Topic.MISSED));
  }
}
