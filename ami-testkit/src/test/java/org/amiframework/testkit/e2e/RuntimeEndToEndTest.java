package org.amiframework.testkit.e2e;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.ServerLifecycle;
import org.amiframework.runtime.Where;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.TestApplication;
import org.amiframework.testkit.junit.Transport;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The runtime driven through the testkit, the same tests over TCP, over HTTP ({@code /rawman} and
 * {@code /mxml}) and through memory: typed and generic events, {@code @Where}, a handler sending an
 * action, lists, Command, reconnecting.
 */
class RuntimeEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(5);

  /** Handlers of a small call-reporting application. */
  @AmiHandler
  static class CallHandlers {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Inject AmiClient ami;

    @OnEvent
    @Where(header = "Context", equals = "from-pstn")
    void onHangup(Hangup hangup) {
      seen.add("hangup " + hangup.channel());
      if (Integer.valueOf(19).equals(hangup.cause())) {
        ami.send(
            GenericAction.named("UserEvent")
                .with("UserEvent", "MissedCall")
                .with("Caller", hangup.callerIdNum()));
      }
    }

    @OnEvent("Queue*")
    void onQueue(AmiEvent event) {
      seen.add(event.name() + (event instanceof GenericEvent ? " (generic)" : " (typed)"));
    }
  }

  static Hangup hangup(String channel, String context, int cause) {
    return Hangup.builder()
        .channel(channel)
        .callerIdNum("5551234")
        .context(context)
        .cause(cause)
        .build();
  }

  /** The tests, run once per transport by the nested classes below. */
  abstract static class Tests {

    @Test
    void typedEventsReachTypedHandlersThroughTheirWhereFilter(
        FakeAsterisk pbx, CallHandlers handlers) {
      pbx.emit(hangup("PJSIP/trunk-00000001", "from-pstn", 16));
      pbx.emit(hangup("PJSIP/100-00000002", "from-internal", 16));

      assertEquals(List.of("hangup PJSIP/trunk-00000001"), handlers.seen);
    }

    @Test
    void namePatternHandlersGetTypedAndGenericEvents(FakeAsterisk pbx, CallHandlers handlers) {
      pbx.emit(event("QueueCallerJoin", "Queue", "support", "Position", "1"), PrivilegeClass.AGENT);
      // QueueSummary (a list item) has no stock binding: it stays generic.
      pbx.emit(event("QueueSummary", "Queue", "support", "Available", "1"), PrivilegeClass.AGENT);
      pbx.emit(event("AgentCalled", "Queue", "support"), PrivilegeClass.AGENT);

      assertEquals(List.of("QueueCallerJoin (typed)", "QueueSummary (generic)"), handlers.seen);
    }

    @Test
    void aHandlerSendsAnActionFromInsideItsMethod(FakeAsterisk pbx) {
      pbx.emit(hangup("PJSIP/trunk-00000001", "from-pstn", 19));

      // emit returns once the handler ran and the fake has its action: no waiting needed.
      pbx.actions()
          .assertReceived(
              1,
              action("UserEvent")
                  .withHeader("UserEvent", "MissedCall")
                  .withHeader("Caller", "5551234"));
    }

    @Test
    void aPlayedCallDrivesTheHandlers(FakeAsterisk pbx, CallHandlers handlers) {
      Scenario call =
          Scenarios.inboundCall()
              .from("5551234")
              .to("100")
              .context("from-pstn")
              .noAnswer(Duration.ofSeconds(20))
              .hangupCause(19)
              .build();

      pbx.play(call);

      assertEquals(2, handlers.seen.size(), () -> "seen: " + handlers.seen);
      pbx.actions().assertReceived(1, action("UserEvent").withHeader("UserEvent", "MissedCall"));
    }

    @Test
    void listsAreAnsweredFromStubsAndFromTheCallsTheFakeWasShown(
        FakeAsterisk pbx, AmiClient client) {
      pbx.stubFor(action("QueueStatus"))
          .willReturnList(
              event("QueueParams", "Queue", "support", "Calls", "1"),
              event("QueueMember", "Queue", "support", "Name", "Agent 1001"));
      pbx.play(
          Scenarios.inboundCall().from("5551234").to("100").build().upTo(Duration.ofSeconds(5)));

      EventListResult<AmiEvent> queues =
          client.sendAndWait(GenericAction.list("QueueStatus", "QueueStatusComplete"));
      EventListResult<AmiEvent> channels =
          client.sendAndWait(GenericAction.list("CoreShowChannels", "CoreShowChannelsComplete"));

      assertEquals(List.of("QueueParams", "QueueMember"), names(queues.events()));
      assertEquals(2, channels.events().size(), "caller and callee are up mid-call");
      assertEquals(2, channels.announcedCount());
    }

    @Test
    void commandAnswersFromTheFakeCli(FakeAsterisk pbx, AmiClient client) {
      pbx.cli().define("core show uptime", "System uptime: 2 hours, 5 minutes");

      CommandResult uptime = client.sendAndWait(GenericAction.command("core show uptime"));

      assertEquals(List.of("System uptime: 2 hours, 5 minutes"), uptime.lines());
    }

    @Test
    void handlersKeepWorkingAfterTheFakeRestarts(
        TestApplication app, FakeAsterisk pbx, CallHandlers handlers) {
      pbx.restart();

      app.awaitLifecycle(ServerLifecycle.Disconnected.class, WAIT);
      app.awaitLifecycle(ServerLifecycle.LoggedIn.class, WAIT);
      app.awaitLifecycle(ServerLifecycle.Reconnected.class, WAIT);
      pbx.emit(hangup("PJSIP/trunk-00000003", "from-pstn", 16));

      assertEquals(List.of("hangup PJSIP/trunk-00000003"), handlers.seen);
      List<ServerLifecycle> fired = app.lifecycleEvents();
      assertInstanceOf(ServerLifecycle.Reconnected.class, fired.get(fired.size() - 1));
      assertTrue(
          fired.stream()
              .anyMatch(
                  e -> e instanceof ServerLifecycle.Disconnected d && d.failure().isPresent()),
          () -> "a drop reports its cause: " + fired);
    }

    private static List<String> names(List<AmiEvent> events) {
      return events.stream().map(AmiEvent::name).toList();
    }
  }

  @Nested
  @AmiTest(transport = Transport.TCP)
  class OverTcp extends Tests {}

  @Nested
  @AmiTest(transport = Transport.DIRECT)
  class Direct extends Tests {}

  @Nested
  @AmiTest(transport = Transport.HTTP)
  class OverHttp extends Tests {}

  @Nested
  @AmiTest(transport = Transport.HTTP_MXML)
  class OverHttpMxml extends Tests {}
}
