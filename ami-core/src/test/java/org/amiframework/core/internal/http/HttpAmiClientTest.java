package org.amiframework.core.internal.http;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.eventually;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** The HTTP client against {@link FakeHttpAsterisk}, over {@code /rawman} with the cookie. */
class HttpAmiClientTest extends FakeHttpTest {

  private AmiClient client;
  private final RecordingConnectionListener notices = new RecordingConnectionListener();

  private AmiClient connect(AmiClientConfig config) throws Exception {
    client = newClient(config);
    client.addConnectionListener(notices);
    await(client.connect());
    return client;
  }

  @Test
  void logsInPingsAndLogsOffOnClose() throws Exception {
    connect(config("/rawman").build());
    notices.expect("connected 11.0.0");
    notices.expect("loggedIn false");
    assertEquals("11.0.0", client.amiVersion());
    assertEquals(ConnectionState.CONNECTED, client.state());
    AmiResponse pong = await(client.send(GenericAction.named("Ping")));
    assertEquals("Pong", pong.header("Ping"));
    FakeHttpAsterisk.Request login = fake.requests("Login").get(0);
    assertEquals("POST", login.method(), "actions travel in POST bodies by default");
    assertEquals("adminpw", login.fields().get("Secret"));
    assertEquals(null, login.cookie(), "a login starts a new session");
    FakeHttpAsterisk.Request ping = fake.requests("Ping").get(0);
    assertTrue(ping.cookie().startsWith("mansession_id=\""), ping.cookie());
    assertEquals(pong.actionId(), ping.fields().get("ActionID"));
    client.close();
    notices.expect("disconnected null");
    notices.expect("closed");
    assertEquals(1, fake.requests("Logoff").size());
    assertEquals(ConnectionState.CLOSED, client.state());
  }

  @Test
  void aWrongSecretFailsTheConnect() throws Exception {
    client = newClient(config("/rawman").secret("WRONG-pw").build());
    Throwable e = failure(client.connect());
    assertInstanceOf(AuthenticationException.class, e);
    assertTrue(e.getMessage().contains("'admin'"), e.getMessage());
    assertTrue(e.getMessage().contains("Authentication failed"), e.getMessage());
    assertFalse(e.getMessage().contains("WRONG-pw"), e.getMessage());
    assertEquals(ConnectionState.NEW, client.state());
    assertEquals(1, fake.loginFailures());
  }

  @Test
  void md5ChallengeLoginWorksOverTheCookieSession() throws Exception {
    connect(config("/rawman").authType(org.amiframework.core.client.AuthType.MD5).build());
    FakeHttpAsterisk.Request login = fake.requests("Login").get(0);
    assertEquals(FakeDigestSessions.md5("840215317adminpw"), login.fields().get("Key"));
    assertEquals(null, login.fields().get("Secret"));
    assertTrue(login.cookie() != null, "the Login presents the session the challenge opened");
    assertEquals(0, fake.loginFailures(), "the key matched that session's challenge");
  }

  @Test
  void originateEventsArriveThroughWaitEvent() throws Exception {
    LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
    connect(config("/rawman").build());
    client.subscribe(events::add);
    AmiResponse queued =
        await(
            client.send(
                GenericAction.named("Originate")
                    .with("Channel", "Local/100@test")
                    .with("Application", "Wait")
                    .with("Data", "1")
                    .with("Async", "true")
                    .with("Variable", "A=1")
                    .with("Variable", "B=two words")));
    assertEquals("Originate successfully queued", queued.text());
    AmiEvent first = events.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    AmiEvent second = events.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals("Newchannel", first.name());
    assertEquals("OriginateResponse", second.name());
    assertEquals(queued.actionId(), second.actionId());
    assertEquals(
        List.of("A=1", "B=two words"),
        fake.requests("Originate").get(0).fields().getAll("Variable"),
        "repeated Variable headers travel as repeated fields, in order");
    assertTrue(
        events.stream().noneMatch(e -> e.name().equals("WaitEventComplete")),
        "the poller's own WaitEventComplete is not an event for listeners");
    String timeout = fake.requests("WaitEvent").get(0).fields().get("Timeout");
    assertEquals("45", timeout, "httptimeout 60 - 10 Asterisk keeps - 5 margin");
  }

  @Test
  void commandListAndErrorsGiveTheTcpResults() throws Exception {
    connect(config("/rawman").build());
    CommandResult version = await(client.send(GenericAction.command("core show version")));
    assertTrue(version.success());
    assertTrue(version.text().startsWith("Asterisk 22.10.1"), version.text());
    CommandResult unknown = await(client.send(GenericAction.command("no such thing")));
    assertFalse(unknown.success());
    EventListResult<AmiEvent> channels =
        await(client.send(GenericAction.list("CoreShowChannels", "CoreShowChannelsComplete")));
    assertEquals(2, channels.items().size());
    assertEquals(2, channels.announcedCount());
    assertEquals("CoreShowChannelsComplete", channels.completion().name());
    assertEquals("Local/200@test-00000013;2", channels.items().get(0).header("Channel"));
    Throwable e = failure(client.send(GenericAction.named("NoSuchAction")));
    assertInstanceOf(AmiActionException.class, e);
    assertTrue(e.getMessage().contains("Invalid/unknown command"), e.getMessage());
  }

  @Test
  void permissionDeniedIsItsOwnFailure() throws Exception {
    connect(config("/rawman").username("nobody").secret("nopw").build());
    Throwable e =
        failure(client.send(GenericAction.named("Originate").with("Channel", "Local/1@x")));
    assertInstanceOf(PermissionDeniedException.class, e);
    assertEquals(ConnectionState.CONNECTED, client.state(), "a refusal is not a lost session");
  }

  @Test
  void getSendsTheActionInTheQueryString() throws Exception {
    HttpEndpoint get =
        HttpEndpoint.parse(fake.url("/rawman")).withRequestMethod(HttpEndpoint.RequestMethod.GET);
    connect(config("/rawman").httpEndpoint(get).build());
    AmiResponse pong = await(client.send(GenericAction.named("Ping").with("X", "a b&c")));
    assertEquals("Success", pong.status());
    FakeHttpAsterisk.Request ping = fake.requests("Ping").get(0);
    assertEquals("GET", ping.method());
    assertEquals("a b&c", ping.fields().get("X"));
  }

  @Test
  void anExpiredSessionIsLoggedInAgainAndTheRefusedActionSentAgain() throws Exception {
    connect(config("/rawman").eventMask("off").build());
    notices.expect("connected");
    notices.expect("loggedIn false");
    fake.expireSessions();
    AmiResponse pong = await(client.send(GenericAction.named("Ping")));
    assertEquals("Pong", pong.header("Ping"));
    notices.expect("disconnected ConnectionLostException");
    notices.expect("connected 11.0.0");
    notices.expect("loggedIn true");
    List<FakeHttpAsterisk.Request> pings = fake.requests("Ping");
    assertEquals(2, pings.size(), "refused once as Permission denied, then sent again");
    assertFalse(pings.get(0).cookie().equals(pings.get(1).cookie()), "in the new session");
    assertEquals(1, client.metrics().reconnects());
    assertEquals(2, fake.requests("Login").size());
  }

  @Test
  void anActionRefusedInAGoneSessionFailsAsLostWhenNoNewSessionComes() throws Exception {
    connect(config("/rawman").eventMask("off").reconnect(false).build());
    notices.expect("connected");
    notices.expect("loggedIn false");
    fake.expireSessions();
    Throwable e = failure(client.send(GenericAction.named("Ping")));
    assertEquals(
        ConnectionLostException.class, e.getClass(), "users see the public type, not an internal");
    assertTrue(e.getMessage().contains("refused unrun"), e.getMessage());
    notices.expect("disconnected ConnectionLostException");
    notices.expect("closed");
    assertEquals(ConnectionState.CLOSED, client.state());
    assertEquals(1, fake.requests("Ping").size(), "not sent again: no session to send it in");
  }

  @Test
  void thePollerNoticesAnExpiredSessionAndEventsFlowAgain() throws Exception {
    LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
    connect(config("/rawman").build());
    client.subscribe(events::add);
    notices.expect("connected");
    notices.expect("loggedIn false");
    eventually("a WaitEvent is waiting", () -> fake.requests("WaitEvent").size() == 1);
    fake.expireSessions();
    notices.expect("disconnected ConnectionLostException");
    notices.expect("connected");
    notices.expect("loggedIn true");
    eventually("a new WaitEvent waits", () -> fake.requests("Login").size() == 2);
    eventually("polling again", () -> pollsAfterSecondLogin() > 0);
    fake.emit(AmiMessage.of("Event", "UserEvent", "UserEvent", "after-relogin"));
    AmiEvent event = events.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals("after-relogin", event.header("UserEvent"));
  }

  private long pollsAfterSecondLogin() {
    List<FakeHttpAsterisk.Request> all = fake.requests();
    int login = -1;
    for (int i = 0; i < all.size(); i++) {
      if ("Login".equals(all.get(i).fields().get("Action"))) {
        login = i;
      }
    }
    return all.subList(login + 1, all.size()).stream()
        .filter(r -> "WaitEvent".equals(r.fields().get("Action")))
        .count();
  }

  @Test
  void aQueueOverflowUnderTheReconnectPolicyOpensANewSession() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    connect(
        config("/rawman").eventQueueCapacity(1).overflowPolicy(OverflowPolicy.RECONNECT).build());
    client.subscribe(
        event -> {
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    notices.expect("connected");
    notices.expect("loggedIn false");
    for (int i = 0; i < 3; i++) {
      fake.emit(AmiMessage.of("Event", "UserEvent", "UserEvent", "burst-" + i));
    }
    eventually("an event was dropped", () -> client.metrics().eventsDropped() > 0);
    release.countDown();
    notices.expect("disconnected AmiException");
    notices.expect("connected");
    notices.expect("loggedIn true");
  }

  @Test
  void aPollWokenByEventsTheSessionMayNotSeeIsRepeatedAtOnceButNotForever() {
    // Asterisk ends a WaitEvent for any queued event, also one of a class the user cannot read.
    assertEquals(Duration.ZERO, WaitEventPoller.pauseAfter(0));
    assertEquals(Duration.ZERO, WaitEventPoller.pauseAfter(1));
    assertTrue(WaitEventPoller.pauseAfter(2).toMillis() > 0, "no busy loop");
    assertTrue(WaitEventPoller.pauseAfter(7).toMillis() > 0, "no busy loop");
  }

  @Test
  void eachPollAsksForLessThanAsteriskWaitsAtMost() {
    assertEquals(45, WaitEventPoller.waitSeconds(Duration.ofSeconds(60)));
    assertEquals(5, WaitEventPoller.waitSeconds(Duration.ofSeconds(20)));
    assertEquals(1, WaitEventPoller.waitSeconds(Duration.ofSeconds(11)));
  }

  @Test
  void aServerRestartIsAReconnect() throws Exception {
    connect(config("/rawman").build());
    notices.expect("connected");
    notices.expect("loggedIn false");
    eventually("a WaitEvent is waiting", () -> fake.requests("WaitEvent").size() == 1);
    fake.stop();
    notices.expect("disconnected");
    assertEquals(ConnectionState.RECONNECTING, client.state());
    fake.restart();
    notices.expect("connected");
    notices.expect("loggedIn true");
    assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
  }
}
