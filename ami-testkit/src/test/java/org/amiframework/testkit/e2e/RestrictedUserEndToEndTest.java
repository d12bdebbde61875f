package org.amiframework.testkit.e2e;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.asterisk.enums.ReloadStatus;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.asterisk.event.Reload;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.RequiresPrivilege;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.ReceivedEvents;
import org.amiframework.testkit.junit.Transport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An application logged in as the recorded server's {@code reporter} (read=call,reporting
 * write=reporting): Asterisk's privileges hold end to end, over TCP, over HTTP and through memory.
 */
class RestrictedUserEndToEndTest {

  /** Handlers of every kind of event, and one that tries to place calls. */
  @AmiHandler
  static class Handlers {
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Inject AmiClient ami;

    @OnEvent
    void onReload(Reload reload) {
      seen.add("Reload");
    }

    @OnEvent("Shutdown")
    @RequiresPrivilege(PrivilegeClass.SYSTEM)
    void onShutdown(AmiEvent event) {
      seen.add("Shutdown");
    }

    @OnEvent
    void onHangup(Hangup hangup) {
      seen.add("Hangup");
      ami.send(
              GenericAction.named("Originate")
                  .with("Channel", "PJSIP/100")
                  .with("Exten", "200")
                  .requiring(Set.of(PrivilegeClass.ORIGINATE)))
          .whenComplete((response, failure) -> failures.add(failure));
    }
  }

  abstract static class Tests {

    @Test
    void handlersOfSystemEventsNeverFireForAUserWhoCannotReadThem(
        FakeAsterisk pbx, Handlers handlers, ReceivedEvents events) {
      int reached =
          pbx.emit(Reload.builder().module("manager").status(ReloadStatus.SUCCESS).build());
      pbx.emit(event("Shutdown", "Shutdown", "Cleanly", "Restart", "False"), PrivilegeClass.SYSTEM);
      pbx.emit(Hangup.builder().channel("PJSIP/100-00000001").cause(16).build());

      assertEquals(0, reached, "the fake delivers a system event to no call,reporting session");
      assertEquals(List.of("Hangup"), handlers.seen);
      events.assertNotReceived("Reload");
      events.assertNotReceived("Shutdown");
    }

    @Test
    void anActionNeedingOriginateIsRefusedLocallyAndNeverSent(
        FakeAsterisk pbx, Handlers handlers, AmiClient client) {
      pbx.emit(Hangup.builder().channel("PJSIP/100-00000001").cause(16).build());

      assertEquals(1, handlers.failures.size());
      assertInstanceOf(PermissionDeniedException.class, handlers.failures.get(0));
      assertTrue(handlers.failures.get(0).getMessage().contains("refused locally"));
      pbx.actions().assertNotReceived(action("Originate"));
      assertEquals(Set.of(PrivilegeClass.REPORTING), client.writeClasses());
    }
  }

  @Nested
  @AmiTest(
      transport = Transport.TCP,
      user = "reporter",
      read = "call,reporting",
      write = "reporting")
  class OverTcp extends Tests {}

  @Nested
  @AmiTest(
      transport = Transport.DIRECT,
      user = "reporter",
      read = "call,reporting",
      write = "reporting")
  class Direct extends Tests {}

  @Nested
  @AmiTest(
      transport = Transport.HTTP,
      user = "reporter",
      read = "call,reporting",
      write = "reporting")
  class OverHttp extends Tests {}
}
