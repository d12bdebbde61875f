package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.amiframework.runtime.fixtures.TestNewchannel;
import org.junit.jupiter.api.Test;

/** Handlers send actions, through an injected client or their connection, and wait on them. */
class SendFromHandlerTest {

  private static final int EVENTS = 200;

  @AmiHandler
  static class MissedCalls {
    @Inject AmiClient ami;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    @OnEvent
    void onHangup(TestHangup hangup) {
      AmiResponse r =
          ami.sendAndWait(
              GenericAction.named("UserEvent")
                  .with("UserEvent", "MissedCall")
                  .with("Uniqueid", hangup.header("Uniqueid")));
      answered.add(r.status() + ":" + r.header("Uniqueid"));
    }

    @OnEvent
    void onNewchannel(TestNewchannel event, AmiClient connection) throws Exception {
      AmiResponse r =
          connection
              .send(GenericAction.named("Ping").with("Uniqueid", event.header("Uniqueid")))
              .get();
      answered.add("ping:" + r.header("Uniqueid"));
    }

    Set<String> answered() {
      return answered;
    }
  }

  private static Object echo(AmiAction<?> action) {
    return new AmiResponse(
        AmiMessage.of("Response", "Success", "Uniqueid", action.toMessage().get("Uniqueid")));
  }

  @Test
  void handlersWaitOnActionsWithoutDeadlockEvenWhenLanesAreFull() {
    // One-slot lanes: the delivering thread is blocked almost always while handlers wait.
    var settings = TestApp.settings("default").lanes(2).laneCapacity(1).build();
    try (TestApp app = TestApp.start(settings, MissedCalls.class)) {
      app.client().respondWith(SendFromHandlerTest::echo);
      for (int i = 0; i < EVENTS; i++) {
        app.client().push(TestHangup.of("Uniqueid", "h" + i));
        app.client().push(TestNewchannel.of("Uniqueid", "n" + i));
      }
      app.flush();

      Set<String> answered = app.bean(MissedCalls.class).answered();
      assertEquals(2 * EVENTS, answered.size());
      for (int i = 0; i < EVENTS; i++) {
        assertEquals(true, answered.contains("Success:h" + i), "h" + i);
        assertEquals(true, answered.contains("ping:n" + i), "n" + i);
      }
      List<String> sent =
          app.client().sent().stream().map(AmiAction::actionName).distinct().sorted().toList();
      assertEquals(List.of("Ping", "UserEvent"), sent);
      assertEquals(2 * EVENTS, app.client().sent().size());
    }
  }
}
