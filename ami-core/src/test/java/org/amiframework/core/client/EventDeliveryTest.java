package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.StatusItem;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Events reach listeners off the reading thread, through a bounded queue with a policy. */
class EventDeliveryTest {

  private static final int FLOOD = 50_000;
  private static final int CAPACITY = 1_000;

  /** A server that answers {@code Flood} with {@code Count} Tick events, then the response. */
  private static final class FloodServer {
    final CountDownLatch written = new CountDownLatch(1);

    ScriptedAmiServer start() throws Exception {
      return ScriptedAmiServer.builder().on("Flood", this::flood).start();
    }

    private void flood(ServerSession s, AmiMessage a) throws Exception {
      int count = Integer.parseInt(a.get("Count"));
      s.sendAll(
          count,
          i -> AmiMessage.of("Event", "Tick", "Privilege", "user,all", "N", Integer.toString(i)));
      written.countDown();
      s.respond(a, "Success", "Message", "flooded");
    }
  }

  /** Records Ticks; blocks on the first one until released, like a listener stuck on a lock. */
  private static final class StuckListener implements org.amiframework.core.client.EventListener {
    final CountDownLatch release = new CountDownLatch(1);
    final List<Integer> ticks = new CopyOnWriteArrayList<>();
    final List<String> others = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(AmiEvent event) {
      if (!event.name().equals("Tick")) {
        others.add(event.name());
        return;
      }
      ticks.add(Integer.parseInt(event.header("N")));
      if (ticks.size() == 1) {
        try {
          release.await(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static List<Integer> floodWhileStuck(OverflowPolicy policy) throws Exception {
    FloodServer flood = new FloodServer();
    try (ScriptedAmiServer server = flood.start();
        AmiClient client =
            AmiClient.create(
                config(server).eventQueueCapacity(CAPACITY).overflowPolicy(policy).build())) {
      StuckListener listener = new StuckListener();
      client.subscribe(listener);
      await(client.connect());
      TestClients.eventually(
          "FullyBooted delivered", () -> listener.others.contains("FullyBooted"));

      AmiResponse done =
          await(client.send(GenericAction.named("Flood").with("Count", Integer.toString(FLOOD))));

      // The response follows all 50,000 events: the reader went through them while the listener
      // was stuck on the first one, and the server got rid of every byte.
      assertEquals("flooded", done.text());
      assertEquals(0, flood.written.getCount());
      assertEquals(1, listener.ticks.size(), "the listener is still stuck");
      assertEquals(FLOOD + 1, client.metrics().eventsReceived(), "Ticks and FullyBooted");
      assertEquals(CAPACITY, client.metrics().eventsQueued());
      assertEquals(FLOOD - CAPACITY - 1, client.metrics().eventsDropped(), "counted exactly");

      listener.release.countDown();
      TestClients.eventually("queue drained", () -> listener.ticks.size() == CAPACITY + 1);
      assertEquals(0, client.metrics().eventsQueued());
      assertEquals(1, server.connectionCount(), "dropping events never costs the connection");
      List<Integer> ticks = List.copyOf(listener.ticks);
      for (int i = 1; i < ticks.size(); i++) {
        assertTrue(ticks.get(i - 1) < ticks.get(i), "delivered in order: " + ticks);
      }
      return ticks;
    }
  }

  @Test
  void dropNewestKeepsTheOldestEventsAndCountsEveryDrop() throws Exception {
    List<Integer> ticks = floodWhileStuck(OverflowPolicy.DROP_NEWEST);

    assertEquals(IntStream.range(0, CAPACITY - 1).boxed().toList(), ticks.subList(0, CAPACITY - 1));
  }

  @Test
  void dropOldestKeepsTheNewestEventsAndCountsEveryDrop() throws Exception {
    List<Integer> ticks = floodWhileStuck(OverflowPolicy.DROP_OLDEST);

    assertEquals(
        IntStream.range(FLOOD - CAPACITY, FLOOD).boxed().toList(), ticks.subList(1, CAPACITY + 1));
  }

  @Test
  void reconnectPolicyClearsTheQueueAndReconnects() throws Exception {
    FloodServer flood = new FloodServer();
    try (ScriptedAmiServer server = flood.start();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .eventQueueCapacity(100)
                    .overflowPolicy(OverflowPolicy.RECONNECT)
                    .build())) {
      StuckListener listener = new StuckListener();
      client.subscribe(listener);
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);

      Throwable failure = failure(client.send(GenericAction.named("Flood").with("Count", "5000")));

      assertInstanceOf(ConnectionLostException.class, failure);
      assertTrue(failure.getMessage().contains("event queue overflowed"), failure.getMessage());
      TestClients.eventually("reconnected", () -> client.metrics().reconnects() == 1);
      assertEquals(2, server.connectionCount());
      listener.release.countDown();
      notices.expect("disconnected AmiException");
      notices.expect("connected");
      notices.expect("loggedIn true");
      TestClients.eventually(
          "every received event delivered or counted as dropped",
          () ->
              client.metrics().eventsReceived()
                  == listener.ticks.size()
                      + listener.others.size()
                      + client.metrics().eventsDropped());
      assertTrue(client.metrics().eventsDropped() >= 100, "the cleared queue was counted");
    }
  }

  @Test
  void listenerMaySendAnActionAndJoinIt() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Go",
                    (s, a) -> {
                      s.event("Trigger");
                      s.respond(a, "Success");
                    })
                .start();
        AmiClient client = AmiClient.create(config(server).build())) {
      CompletableFuture<String> fromListener = new CompletableFuture<>();
      client.subscribe(
          event -> {
            if (event.name().equals("Trigger")) {
              AmiResponse pong = client.send(GenericAction.named("Ping")).join();
              fromListener.complete(
                  pong.header("Ping") + " on " + Thread.currentThread().getName());
            }
          });
      await(client.connect());

      await(client.send(GenericAction.named("Go")));

      assertEquals("Pong on ami-test-events", await(fromListener));
    }
  }

  @Test
  void failingListenerDoesNotStopTheOthersAndEventsAreTypedByTheBindings() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Go",
                    (s, a) -> {
                      s.event("Status", "Privilege", "call,all", "Channel", "SIP/1-0001");
                      s.event("Hangup", "Privilege", "call,all", "Channel", "SIP/1-0001");
                      s.respond(a, "Success");
                    })
                .start();
        AmiClient client = AmiClient.create(config(server).bindings(StatusItem.BINDINGS).build())) {
      List<AmiEvent> heard = new CopyOnWriteArrayList<>();
      client.subscribe(
          event -> {
            throw new IllegalStateException("listener bug");
          });
      Subscription recording = client.subscribe(heard::add);
      await(client.connect());

      await(client.send(GenericAction.named("Go")));

      TestClients.eventually("both events heard", () -> heard.size() == 3);
      assertEquals(
          List.of("FullyBooted", "Status", "Hangup"), heard.stream().map(AmiEvent::name).toList());
      assertEquals("SIP/1-0001", assertInstanceOf(StatusItem.class, heard.get(1)).channel());
      recording.cancel();
      await(client.send(GenericAction.named("Go")));
      await(client.send(GenericAction.named("Ping")));
      assertEquals(3, heard.size(), "a cancelled subscription hears nothing more");
    }
  }
}
