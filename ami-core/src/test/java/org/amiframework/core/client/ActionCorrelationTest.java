package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.ActionHandler;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.TestClients;
import org.amiframework.core.wire.HeaderInjectionException;
import org.junit.jupiter.api.Test;

/** Many actions in flight, each answered to its own future, with events woven in between. */
class ActionCorrelationTest {

  private static final int ACTIONS = 1000;

  /**
   * Answers {@code Getvar} with the variable's name as its value, after an unrelated event and an
   * event that carries the action's own ActionID and a Response header (as OriginateResponse and
   * UserEvent copies do): both must reach listeners, neither may be taken for the response.
   */
  private static void getvar(ServerSession session, AmiMessage action) throws Exception {
    String name = action.get("Variable");
    session.send(
        AmiMessage.of("Event", "Newexten", "Privilege", "dialplan,all", "AppData", name),
        AmiMessage.of(
            "Event", "OriginateResponse",
            "Privilege", "call,all",
            "ActionID", action.actionId(),
            "Response", "Failure",
            "Reason", name),
        ServerSession.response(action, "Success", "Variable", name, "Value", name));
  }

  @Test
  void thousandConcurrentActionsEachGetTheirOwnResponse() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Getvar", ActionCorrelationTest::getvar).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      ConcurrentLinkedQueue<AmiEvent> events = new ConcurrentLinkedQueue<>();
      client.subscribe(events::add);
      await(client.connect());

      ExecutorService senders = Executors.newFixedThreadPool(4);
      List<Future<CompletableFuture<AmiResponse>>> sent = new ArrayList<>();
      for (int i = 0; i < ACTIONS; i++) {
        GenericAction<AmiResponse> getvar = GenericAction.named("Getvar").with("Variable", "v" + i);
        sent.add(senders.submit(() -> client.send(getvar)));
      }
      for (int i = 0; i < ACTIONS; i++) {
        AmiResponse response =
            await(sent.get(i).get(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals("v" + i, response.header("Value"), "response of action " + i);
      }
      senders.shutdown();

      TestClients.eventually("all events delivered", () -> events.size() >= 2 * ACTIONS + 1);
      long originateResponses =
          events.stream().filter(e -> e.name().equals("OriginateResponse")).count();
      assertEquals(ACTIONS, originateResponses, "events with ActionID and Response are events");
      assertTrue(client.metrics().actionsSent() >= ACTIONS + 2, "login + ListCommands + actions");
      assertEquals(1, server.connectionCount());
    }
  }

  @Test
  void responsesWithoutActionIdAreMatchedInOrder() throws Exception {
    ActionHandler noActionId =
        (s, a) -> s.send(AmiMessage.of("Response", "Success", "Value", a.get("Variable")));
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Getvar", noActionId).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      List<CompletableFuture<AmiResponse>> futures = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        futures.add(client.send(GenericAction.named("Getvar").with("Variable", "v" + i)));
      }
      for (int i = 0; i < 20; i++) {
        assertEquals("v" + i, await(futures.get(i)).header("Value"));
      }
    }
  }

  @Test
  void errorResponseFailsWithAmiActionExceptionKeepingTheResponse() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      Throwable failure = failure(client.send(GenericAction.named("NoSuchAction")));

      AmiActionException error = assertInstanceOf(AmiActionException.class, failure);
      assertFalse(error instanceof PermissionDeniedException);
      assertTrue(error.response().text().startsWith("Invalid/unknown command: NoSuchAction"));
      assertTrue(error.getMessage().startsWith("NoSuchAction failed: "), error.getMessage());
    }
  }

  @Test
  void injectedLineBreakIsRejectedBeforeAnythingIsWritten() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());
      ServerSession session = server.nextSession(TestClients.WAIT);
      long sentBefore = client.metrics().actionsSent();

      GenericAction<AmiResponse> evil =
          GenericAction.named("UserEvent")
              .with("UserEvent", "Hello\r\nAction: Originate\r\nChannel: Local/666@evil");
      Throwable failure = failure(client.send(evil));

      assertInstanceOf(HeaderInjectionException.class, failure);
      assertEquals(sentBefore, client.metrics().actionsSent());
      await(client.send(GenericAction.named("Ping")));
      List<AmiMessage> received = session.actions();
      assertEquals("Ping", received.get(received.size() - 1).actionName());
      assertTrue(session.actions("UserEvent").isEmpty(), "nothing of the action was written");
      assertTrue(session.actions("Originate").isEmpty(), "no injected action reached the server");
    }
  }

  @Test
  void actionTimesOutAndItsLateAnswerIsIgnored() throws Exception {
    AtomicReference<AmiMessage> held = new AtomicReference<>();
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().on("Slow", (s, a) -> held.set(a)).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      Throwable failure = failure(client.send(GenericAction.named("Slow"), Duration.ofMillis(100)));

      assertInstanceOf(AmiTimeoutException.class, failure);
      assertTrue(failure.getMessage().contains("Slow"), failure.getMessage());
      assertEquals(1, client.metrics().actionsTimedOut());
      ServerSession session = server.nextSession(TestClients.WAIT);
      session.respond(held.get(), "Success", "Message", "late");
      AmiResponse ping = await(client.send(GenericAction.named("Ping")));
      assertEquals("Pong", ping.header("Ping"), "the late answer was not taken for the Ping's");
    }
  }

  @Test
  void callbacksOnFuturesNeverRunOnTheReaderOrEventThread() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ActionHandler heldPing =
        (s, a) -> {
          release.await(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
          s.respond(a, "Success", "Ping", "Pong");
        };
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Ping", heldPing).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      await(client.connect());

      CompletableFuture<String> thread =
          client.send(GenericAction.named("Ping")).thenApply(r -> Thread.currentThread().getName());
      release.countDown();

      String name = await(thread);
      assertTrue(name.startsWith("ami-test-callback-"), name);
    }
  }

  @Test
  void sendBeforeConnectFailsWithoutWriting() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client = AmiClient.create(config(server).build())) {
      Throwable failure = failure(client.send(GenericAction.named("Ping")));

      assertInstanceOf(ConnectionLostException.class, failure);
      assertTrue(failure.getMessage().contains("not connected"), failure.getMessage());
      assertEquals(0, server.connectionCount());
      assertSame(ConnectionState.NEW, client.state());
    }
  }
}
