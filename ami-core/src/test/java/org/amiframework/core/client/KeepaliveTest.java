package org.amiframework.core.client;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** The keepalive Ping: it finds dead connections, and only dead ones. */
class KeepaliveTest {

  @Test
  void halfOpenServerIsDetectedByTheKeepaliveAndReplaced() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Ping",
                    (s, a) -> {
                      if (s.index() > 0) {
                        s.respond(a, "Success", "Ping", "Pong");
                      } // the first connection goes silent but stays open
                    })
                .start();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .pingInterval(Duration.ofMillis(100))
                    .pingTimeout(Duration.ofMillis(300))
                    .build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);

      notices.expect("disconnected AmiTimeoutException");
      notices.expect("connected");
      notices.expect("loggedIn true");
      Throwable cause = notices.causes().get(0);
      assertTrue(cause.getMessage().contains("keepalive Ping not answered"), cause.getMessage());
      assertEquals(2, server.connectionCount());
      assertEquals(ConnectionState.CONNECTED, client.state());
      assertTrue(
          server.nextSession(TestClients.WAIT).actions("Ping").size() >= 1,
          "the keepalive pinged the silent connection");
    }
  }

  @Test
  void serverThatStopsReadingIsDetectedEvenWhileAWriteIsBlocked() throws Exception {
    CountDownLatch unblock = new CountDownLatch(1);
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on("Block", (s, a) -> unblock.await(TestClients.WAIT.toMillis(), MILLISECONDS))
                .start();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .reconnect(false)
                    // The first Ping comes when the writer below is long blocked: it must not
                    // stall the timer thread that runs the check.
                    .pingInterval(Duration.ofSeconds(1))
                    .pingTimeout(Duration.ofMillis(500))
                    .build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);
      client.send(GenericAction.named("Block"));
      String bulk = "x".repeat(60_000);
      CompletableFuture<Integer> writer =
          CompletableFuture.supplyAsync(
              () -> {
                // Fills both socket buffers; a send then blocks until the connection is closed.
                for (int i = 0; i < 5_000; i++) {
                  if (client.send(GenericAction.named("UserEvent").with("Data", bulk)).isDone()) {
                    return i;
                  }
                }
                return -1;
              });

      notices.expect("disconnected AmiTimeoutException");
      assertTrue(await(writer) > 0, "the blocked writer was released by the close");
      notices.expect("closed");
    } finally {
      unblock.countDown();
    }
  }

  @Test
  void userCallbacksThatBlockDoNotStarveTheKeepalive() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    CountDownLatch unblock = new CountDownLatch(1);
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Hold",
                    (s, a) -> {
                      // Answer only once the callbacks are attached, so none runs on the test
                      // thread.
                      attached.await(TestClients.WAIT.toMillis(), MILLISECONDS);
                      s.respond(a, "Success");
                    })
                .start();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .pingInterval(Duration.ofMillis(50))
                    .pingTimeout(Duration.ofMillis(200))
                    .build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);
      CountDownLatch blocked = new CountDownLatch(1);
      for (int i = 0; i < 4; i++) {
        client
            .send(GenericAction.named("Hold"))
            .thenRun(
                () -> {
                  blocked.countDown();
                  try {
                    unblock.await(TestClients.WAIT.toMillis(), MILLISECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
      }
      attached.countDown();

      // More callbacks than callback threads: all of them are now stuck in user code, for many
      // keepalive periods.
      assertTrue(blocked.await(TestClients.WAIT.toMillis(), MILLISECONDS));
      assertTrue(notices.silentFor(Duration.ofMillis(1_500)), "no disconnect: " + notices.all());
      assertEquals(ConnectionState.CONNECTED, client.state());
      assertEquals(1, server.connectionCount());
    } finally {
      unblock.countDown();
    }
  }
}
