package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.success;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The levers for reliability tests: dropped, cut, stalled, slow, garbled, restarted servers. */
class FaultInjectionTest {

  /** Long enough to notice that nothing came, short enough to keep the suite fast. */
  private static final Duration QUIET = Duration.ofMillis(300);

  private FakeAsterisk pbx;
  private RawAmiClient client;

  @BeforeEach
  void start() throws Exception {
    pbx = FakeAsterisk.start();
    client = RawAmiClient.connect(pbx);
    client.login(FakeAsterisk.DEFAULT_USERNAME, FakeAsterisk.DEFAULT_SECRET, "off");
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pbx.close();
  }

  private FakeSession session() {
    return pbx.awaitSession(Duration.ofSeconds(5));
  }

  @Test
  void dropClosesTheConnection() throws Exception {
    FakeSession session = session();
    session.drop();
    assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
    assertTrue(session.awaitClosed(Duration.ofSeconds(5)));
    assertFalse(session.isOpen());
    assertTrue(pbx.sessions().isEmpty());
  }

  @Test
  void resetAbortsTheConnection() throws Exception {
    session().reset();
    assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
  }

  @Test
  void dropMidMessageLeavesTheClientWithATruncatedMessage() throws Exception {
    session().dropMidMessage();
    assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
    assertEquals(0, client.pending(), "half a message is no message");
    assertTrue(
        client.errors().stream().anyMatch(e -> e.kind() == FrameError.Kind.TRUNCATED),
        client.errors().toString());
  }

  @Test
  void aStalledSessionAnswersNothingUntilResumed() throws Exception {
    FakeSession session = session();
    session.stall();
    client.send("Action", "Ping", "ActionID", "during-stall");
    assertNull(client.poll(QUIET));
    session.resume();
    assertEquals("during-stall", client.nextResponse().actionId());
  }

  @Test
  void serverWideStallAlsoHoldsNewConnections() throws Exception {
    pbx.faults().stallReading();
    try (RawAmiClient late = RawAmiClient.connect(pbx)) {
      assertTrue(late.greeting().startsWith("Asterisk Call Manager/"), "greeting still written");
      late.send("Action", "Login", "Username", "admin", "Secret", "admin");
      assertNull(late.poll(QUIET));
      pbx.faults().clear();
      assertEquals("Authentication accepted", late.nextResponse().get("Message"));
    }
  }

  @Test
  void ignoredPingsAreRecordedButNeverAnswered() throws Exception {
    pbx.faults().ignorePing();
    client.send("Action", "Ping", "ActionID", "p1");
    pbx.awaitAction(action("Ping"));
    assertNull(client.poll(QUIET));
    pbx.faults().clear();
    client.send("Action", "Ping", "ActionID", "p2");
    assertEquals("p2", client.nextResponse().actionId());
  }

  @Test
  void delayedResponsesArriveNoEarlierThanTheDelay() throws Exception {
    Duration delay = Duration.ofMillis(250);
    pbx.faults().delayResponses(delay);
    long start = System.nanoTime();
    client.send("Action", "Ping", "ActionID", "slow");
    assertEquals("slow", client.nextResponse().actionId());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(delay) >= 0);
  }

  @Test
  void garbageIsReportedByTheClientReaderAndTheSessionGoesOn() throws Exception {
    session().sendGarbage(200);
    client.send("Action", "Ping", "ActionID", "after-garbage");
    AmiMessage garbage = client.next();
    assertTrue(garbage.header(0).isBareLine(), "garbage has no header name: " + garbage);
    assertEquals("after-garbage", client.nextResponse().actionId());
    assertTrue(
        client.errors().stream().anyMatch(e -> e.kind() == FrameError.Kind.MALFORMED_LINE),
        client.errors().toString());
  }

  @Test
  void anOversizedLineTripsTheClientsLineLimit() throws Exception {
    session().sendOversizedLine(70_000);
    client.send("Action", "Ping", "ActionID", "after-long-line");
    assertEquals("after-long-line", client.nextResponse().actionId());
    assertTrue(
        client.errors().stream().anyMatch(e -> e.kind() == FrameError.Kind.LINE_TOO_LONG),
        client.errors().toString());
  }

  @Test
  void closeBeforeGreetingEmulatesAuthlimit() throws Exception {
    pbx.faults().closeBeforeGreeting();
    try (Socket socket = new Socket(pbx.host(), pbx.port())) {
      socket.setSoTimeout(5000);
      InputStream in = socket.getInputStream();
      assertEquals(-1, in.read(), "closed without a greeting");
    }
  }

  @Test
  void inputOverAsterisksLimitsIsRefusedWithItsParseErrors() throws Exception {
    client.send("Action", "Ping", "ActionID", "long", "X-Long", "y".repeat(1100));
    AmiMessage tooLong = client.nextResponse();
    assertEquals("Failed to parse message: line too long", tooLong.get("Message"));
    assertEquals("long", tooLong.actionId());

    AmiMessage.Builder many = AmiMessage.builder().add("Action", "Ping");
    for (int i = 0; i < 130; i++) {
      many.add("H" + i, "v");
    }
    client.send(many.build());
    assertEquals(
        "Too many lines in message or allocation failure", client.nextResponse().get("Message"));
  }

  @Test
  void restartKeepsThePortAndTheScriptButDropsConnections() throws Exception {
    int port = pbx.port();
    pbx.stubFor(action("Reload")).willReturn(success("stubbed"));
    pbx.restart();
    assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT), "old connection dropped");
    assertEquals(port, pbx.port());
    try (RawAmiClient again = RawAmiClient.connect(pbx)) {
      again.login("admin", "admin", "off");
      again.send("Action", "Reload");
      assertEquals("stubbed", again.nextResponse().get("Message"));
    }
  }

  @Test
  void aStoppedFakeRefusesConnectionsUntilStartedAgain() throws Exception {
    int port = pbx.port();
    pbx.stop();
    assertFalse(pbx.isRunning());
    assertThrows(ConnectException.class, () -> new Socket(pbx.host(), port).close());
    pbx.startAgain();
    assertEquals(port, pbx.port());
    try (RawAmiClient again = RawAmiClient.connect(pbx)) {
      assertEquals("Asterisk Call Manager/11.0.0", again.greeting());
    }
  }

  @Test
  void startingTwiceIsAnError() {
    assertThrows(IllegalStateException.class, pbx::startAgain);
  }

  @Test
  void aClientThatNeverReadsIsDroppedWhenItsQueueOverflows() throws Exception {
    try (FakeAsterisk small = FakeAsterisk.builder().writeQueueCapacity(4).start();
        Socket lazy = new Socket(small.host(), small.port())) {
      lazy.getOutputStream()
          .write("Action: Login\r\nUsername: admin\r\nSecret: admin\r\n\r\n".getBytes());
      FakeSession session = small.awaitSession(Duration.ofSeconds(5));
      // Big events fill the socket buffers (megabytes on loopback), then the four-chunk queue:
      // the fake gives up on the client.
      AmiMessage big =
          AmiMessage.of("Event", "Big", "Privilege", "call,all", "Data", "x".repeat(8000));
      for (int i = 0; i < 10_000 && session.isOpen(); i++) {
        session.emit(big);
      }
      assertTrue(session.awaitClosed(Duration.ofSeconds(10)), "slow reader dropped");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
