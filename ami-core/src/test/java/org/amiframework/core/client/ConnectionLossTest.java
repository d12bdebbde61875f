package org.amiframework.core.client;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Drops, reconnects, giving up, and closing. */
class ConnectionLossTest {

  @Test
  void droppedConnectionFailsEveryPendingAction() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Wait", (s, a) -> {}).start();
        AmiClient client = AmiClient.create(config(server).reconnect(false).build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);
      ServerSession session = server.nextSession(TestClients.WAIT);
      List<CompletableFuture<AmiResponse>> pending = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        pending.add(client.send(GenericAction.named("Wait")));
      }
      TestClients.eventually("server read the actions", () -> session.actions("Wait").size() == 10);

      session.closeSocket();

      for (CompletableFuture<AmiResponse> future : pending) {
        Throwable failure = failure(future);
        assertInstanceOf(ConnectionLostException.class, failure);
        assertTrue(failure.getMessage().contains("lost before an answer"), failure.getMessage());
      }
      notices.expect("disconnected ConnectionLostException");
      notices.expect("closed");
      assertEquals(ConnectionState.CLOSED, client.state());
    }
  }

  @Test
  void reconnectsWhenTheServerComesBackOnTheSamePort() throws Exception {
    ScriptedAmiServer first = ScriptedAmiServer.builder().start();
    int port = first.port();
    try (AmiClient client = AmiClient.create(config(first).build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);

      first.close();
      notices.expect("disconnected ConnectionLostException");
      assertTrue(
          client.state() == ConnectionState.RECONNECTING,
          "reconnecting while the server is away, not " + client.state());
      Throwable failure = failure(client.send(GenericAction.named("Ping")));
      assertInstanceOf(ConnectionLostException.class, failure);

      try (ScriptedAmiServer second = ScriptedAmiServer.builder().port(port).start()) {
        notices.expect("connected 11.0.0");
        notices.expect("loggedIn true");
        assertEquals(ConnectionState.CONNECTED, client.state());
        assertEquals(1, client.metrics().reconnects());
        assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
        assertTrue(
            second.nextSession(TestClients.WAIT).actions("Login").size() == 1, "logged in again");
      }
    } finally {
      first.close();
    }
  }

  @Test
  void closeReturnsWhileAWriteIsBlocked() throws Exception {
    CountDownLatch unblock = new CountDownLatch(1);
    try (ScriptedAmiServer server =
        ScriptedAmiServer.builder()
            .on("Block", (s, a) -> unblock.await(TestClients.WAIT.toMillis(), MILLISECONDS))
            .start()) {
      AmiClient client = AmiClient.create(config(server).build());
      await(client.connect());
      client.send(GenericAction.named("Block"));
      String bulk = "x".repeat(60_000);
      AtomicReference<Thread> writing = new AtomicReference<>();
      CompletableFuture<Void> writer =
          CompletableFuture.runAsync(
              () -> {
                writing.set(Thread.currentThread());
                while (!client.send(GenericAction.named("UserEvent").with("Data", bulk)).isDone()) {
                  // until a send blocks, and then fails once the close released it
                }
              });
      TestClients.eventually(
          "writer blocked on the full socket", () -> inSocketWrite(writing.get()));

      CompletableFuture.runAsync(client::close).get(TestClients.WAIT.toMillis(), MILLISECONDS);

      assertEquals(ConnectionState.CLOSED, client.state());
      await(writer);
    } finally {
      unblock.countDown();
    }
  }

  @Test
  void givesUpAfterTheConfiguredAttemptsAndCloses() throws Exception {
    ScriptedAmiServer server = ScriptedAmiServer.builder().start();
    try (AmiClient client = AmiClient.create(config(server).reconnectMaxAttempts(2).build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);

      server.close();

      notices.expect("disconnected");
      notices.expect("closed");
      assertEquals(ConnectionState.CLOSED, client.state());
      assertEquals(0, client.metrics().reconnects());
      Throwable failure = failure(client.connect());
      assertTrue(failure.getMessage().contains("closed"), failure.getMessage());
    } finally {
      server.close();
    }
  }

  @Test
  void closeLogsOffFailsPendingActionsAndStopsTheThreads() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Wait", (s, a) -> {}).start()) {
      AmiClient client =
          AmiClient.create(config(server).pingInterval(Duration.ofMillis(50)).build());
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);
      ServerSession session = server.nextSession(TestClients.WAIT);
      CompletableFuture<AmiResponse> pending = client.send(GenericAction.named("Wait"));
      TestClients.eventually("server read the action", () -> session.actions("Wait").size() == 1);

      client.close();
      client.close();

      assertEquals(ConnectionState.CLOSED, client.state());
      // close() waits only a second for the Goodbye: on a loaded machine the server may read the
      // Logoff after the client closed. Everything the client wrote is read once the server sees
      // the end of the stream.
      assertTrue(session.awaitEnd(TestClients.WAIT), "the client closed the connection");
      assertEquals(1, session.actions("Logoff").size(), "logged off once");
      assertInstanceOf(ConnectionLostException.class, failure(pending));
      notices.expect("disconnected null");
      notices.expect("closed");
      assertTrue(notices.threads().stream().allMatch(t -> t.equals("ami-test-events")));
      assertInstanceOf(
          ConnectionLostException.class, failure(client.send(GenericAction.named("Ping"))));
      TestClients.eventually("client threads gone", () -> liveThreads("ami-test-").isEmpty());
    }
  }

  @Test
  void closingBeforeConnectingIsQuiet() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start()) {
      AmiClient client = AmiClient.create(config(server).build());
      client.close();
      assertEquals(ConnectionState.CLOSED, client.state());
      assertNull(client.amiVersion());
      assertEquals(0, server.connectionCount());
    }
  }

  /** Whether the thread is inside the client's send, down in the socket's write. */
  private static boolean inSocketWrite(Thread thread) {
    if (thread == null) {
      return false;
    }
    StackTraceElement[] stack = thread.getStackTrace();
    return stack.length > 0
        && (stack[0].isNativeMethod() || stack[0].getClassName().startsWith("sun.nio.ch."))
        && Arrays.stream(stack)
            .anyMatch(
                f -> f.getClassName().endsWith(".Connection") && f.getMethodName().equals("send"));
  }

  private static List<String> liveThreads(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith(prefix))
        .toList();
  }
}
