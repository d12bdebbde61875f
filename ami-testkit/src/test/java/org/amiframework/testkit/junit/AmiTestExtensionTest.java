package org.amiframework.testkit.junit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.amiframework.testkit.stub.Stubs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.Server;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeAsteriskBuilder;
import org.amiframework.testkit.FakeUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** What {@code @AmiTest} starts, injects, configures and shares, and when. */
class AmiTestExtensionTest {

  /** A collaborator of the handler: a test double the test inspects. */
  @ApplicationScoped
  static class Crm {
    final List<String> calls = new CopyOnWriteArrayList<>();

    void callFrom(String number) {
      calls.add(number);
    }
  }

  @AmiHandler
  static class CallLogger {
    @Inject Crm crm;

    @OnEvent("Newchannel")
    void onNewchannel(AmiEvent event) {
      crm.callFrom(event.header("CallerIDNum"));
    }
  }

  @Nested
  @AmiTest(transport = Transport.DIRECT)
  class Injection {

    private final FakeAsterisk constructorFake;

    Injection(FakeAsterisk pbx) {
      this.constructorFake = pbx;
    }

    @Test
    void injectsTheFakeTheClientTheRuntimeAndBeans(
        FakeAsterisk pbx,
        AmiClient client,
        AmiRuntime runtime,
        TestApplication app,
        ReceivedEvents events,
        @Server("default") AmiClient named,
        Crm crm) {
      assertSame(pbx, constructorFake, "constructor and method share the test's fake");
      assertSame(pbx, app.fake());
      assertSame(client, app.client());
      assertSame(client, runtime.client("default"));
      assertSame(client, named);
      assertSame(events, app.events());
      assertSame(crm, app.bean(Crm.class));
      assertEquals(Transport.DIRECT, app.transport());
      assertThrows(IllegalStateException.class, pbx::port, "DIRECT binds no port");
    }

    @Test
    void nestedHandlersAndDoublesArePickedUp(FakeAsterisk pbx, Crm crm, ReceivedEvents events) {
      pbx.emit(
          event("Newchannel", "Channel", "PJSIP/trunk-1", "CallerIDNum", "5551234"),
          PrivilegeClass.CALL);

      assertEquals(List.of("5551234"), crm.calls);
      assertEquals(
          "5551234", events.await("Newchannel", Duration.ofSeconds(5)).header("CallerIDNum"));
    }

    @Test
    void eventsTheFakeSendsOnItsOwnAreSettledOnRequest(
        FakeAsterisk pbx, TestApplication app, AmiClient client, Crm crm) {
      pbx.stubFor(action("Originate"))
          .willReturn(
              success("Originate successfully queued")
                  .thenEmit(
                      event(
                          "Newchannel",
                          "Channel",
                          "Local/1@x-1;1",
                          "CallerIDNum",
                          "42",
                          "Privilege",
                          "call,all")));

      client.sendAndWait(GenericAction.named("Originate").with("Channel", "Local/1@x"));
      app.settle();

      assertEquals(List.of("42"), crm.calls);
    }
  }

  @Nested
  @AmiTest(transport = Transport.TCP)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerMethod {

    static FakeAsterisk first;

    @Test
    @Order(1)
    void firstTest(FakeAsterisk pbx) {
      first = pbx;
      assertTrue(pbx.isRunning());
    }

    @Test
    @Order(2)
    void getsAFreshFakeAndApplication(FakeAsterisk pbx) {
      assertNotSame(first, pbx);
      assertFalse(first.isRunning(), "the previous test's fake was closed");
    }
  }

  @Nested
  @AmiTest(transport = Transport.DIRECT, lifecycle = Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {

    static FakeAsterisk shared;

    @BeforeAll
    static void stub(FakeAsterisk pbx) {
      shared = pbx;
      pbx.cli().define("core show version", "Asterisk 22.10.1");
    }

    @Test
    @Order(1)
    void seesTheFakeOfBeforeAll(FakeAsterisk pbx, Crm crm) {
      assertSame(shared, pbx);
      crm.callFrom("first test");
    }

    @Test
    @Order(2)
    void sharesFakeAndBeansWithTheOtherTests(FakeAsterisk pbx, Crm crm) {
      assertSame(shared, pbx);
      assertEquals(List.of("first test"), crm.calls);
    }
  }

  @Nested
  @AmiTest(transport = Transport.DIRECT)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class HonoursTestInstancePerClass {

    FakeAsterisk seen;

    @Test
    @Order(1)
    void first(FakeAsterisk pbx) {
      seen = pbx;
    }

    @Test
    @Order(2)
    void second(FakeAsterisk pbx) {
      assertSame(seen, pbx);
    }
  }

  @Nested
  @AmiTest(transport = Transport.TCP, user = "ops")
  class FactoryMethod {

    @FakeAsteriskFactory
    static FakeAsteriskBuilder pbx() {
      return FakeAsterisk.builder()
          .systemName("pbx-7")
          .user(FakeUser.admin("admin", "admin-secret"))
          .user(FakeUser.of("ops", "ops-secret", Set.of(PrivilegeClass.CALL), Set.of()));
    }

    @Test
    void logsInAsTheNamedUserOfTheFactorysFake(FakeAsterisk pbx, ReceivedEvents events) {
      pbx.emit(event("Hangup", "Channel", "PJSIP/1-1"), PrivilegeClass.CALL);

      assertEquals("ops", pbx.awaitSession(Duration.ofSeconds(5)).user().orElseThrow().name());
      assertEquals("pbx-7", events.await("Hangup", Duration.ofSeconds(5)).header("SystemName"));
    }
  }

  @Nested
  @AmiTest(transport = Transport.DIRECT, amiVersion = "2.10.4", systemName = "old-pbx")
  class AnnotatedFake {

    @Test
    void speaksTheConfiguredVersion(FakeAsterisk pbx, AmiClient client) {
      pbx.cli().define("core show version", "Asterisk 13.38.3");

      CommandResult version = client.sendAndWait(GenericAction.command("core show version"));

      assertEquals("2.10.4", client.amiVersion());
      assertEquals(List.of("Asterisk 13.38.3"), version.lines());
      assertEquals("Follows", version.response().status(), "AMI 2 answers Command the old way");
    }
  }
}
