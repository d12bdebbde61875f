package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.amiframework.testkit.stub.Stubs.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.PermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real client ({@code AmiClient.create} with an HTTP endpoint) against the fake's HTTP server,
 * over each of the four URIs: cookie sessions with Login over {@code /rawman} and {@code /mxml},
 * Digest over {@code /arawman} and {@code /amxml}; AMI text and XML.
 */
class HttpClientTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private FakeAsterisk pbx;
  private AmiClient client;
  private final LinkedBlockingQueue<String> notices = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() {
    pbx = SharedData.likeTheRecordedServer(null).http(true).start();
    pbx.cli().define("core show version", "Asterisk 22.10.1 built by a fake");
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    pbx.close();
  }

  private AmiClientConfig.Builder config(String uri) {
    return AmiClientConfig.builder()
        .name("http-" + uri)
        .httpEndpoint(pbx.httpEndpoint(uri))
        .username("admin")
        .secret("adminpw")
        .reconnectInitialDelay(Duration.ofMillis(20))
        .reconnectMaxDelay(Duration.ofMillis(100));
  }

  private AmiClient connect(AmiClientConfig config) {
    client = AmiClient.create(config);
    client.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onConnected(String amiVersion) {
            notices.add("connected " + amiVersion);
          }

          @Override
          public void onLoggedIn(boolean reconnect) {
            notices.add("loggedIn " + reconnect);
          }

          @Override
          public void onDisconnected(Throwable cause) {
            notices.add("disconnected");
          }
        });
    client.subscribe(events::add);
    client.connect().join();
    return client;
  }

  private void expectNotice(String expected) throws InterruptedException {
    String notice = notices.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertEquals(expected, notice, "connection notice");
  }

  private AmiEvent awaitEvent(Predicate<AmiEvent> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      AmiEvent event = events.poll(100, TimeUnit.MILLISECONDS);
      if (event != null && wanted.test(event)) {
        return event;
      }
    }
    throw new AssertionError("no such event within " + WAIT);
  }

  private static boolean digest(String uri) {
    return uri.startsWith("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rawman", "mxml", "arawman", "amxml"})
  void logsInPingsAndLogsOffWhenClosed(String uri) throws Exception {
    connect(config(uri).build());
    expectNotice("connected 11.0.0");
    expectNotice("loggedIn false");
    assertEquals("Pong", client.send(GenericAction.named("Ping")).join().header("Ping"));
    FakeSession session = pbx.awaitSession(WAIT);
    assertEquals("admin", session.user().orElseThrow().name());
    List<String> sent =
        session.receivedActions().stream().map(m -> m.get("Action")).distinct().toList();
    assertEquals(!digest(uri), sent.contains("Login"), "Login only where no Digest: " + sent);
    assertTrue(sent.containsAll(List.of("CoreSettings", "ListCommands", "Ping")), sent.toString());
    client.close();
    assertEquals(ConnectionState.CLOSED, client.state());
    assertTrue(session.awaitClosed(WAIT), "Logoff ends the HTTP session");
    assertTrue(
        session.receivedActions().stream().anyMatch(m -> "Logoff".equals(m.get("Action"))),
        "logged off: " + session.receivedActions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rawman", "mxml", "arawman", "amxml"})
  void anOriginatesEventComesThroughWaitEvent(String uri) throws Exception {
    connect(config(uri).build());
    AmiResponse queued =
        client
            .send(
                GenericAction.named("Originate")
                    .with("Channel", "Local/100@test")
                    .with("Application", "Wait")
                    .with("Data", "1")
                    .with("Async", "true"))
            .join();
    assertEquals("Originate successfully queued", queued.text());
    AmiEvent response = awaitEvent(e -> e.name().equals("OriginateResponse"));
    assertEquals(queued.actionId(), response.actionId());
    assertEquals("Success", response.header("Response"));
    pbx.awaitAction(action("WaitEvent"));
    assertTrue(
        pbx.emit(event("UserEvent", "UserEvent", "fromTest"), PrivilegeClass.USER) >= 1,
        "the HTTP session counts as a receiver");
    assertEquals("fromTest", awaitEvent(e -> e.name().equals("UserEvent")).header("UserEvent"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rawman", "mxml", "arawman", "amxml"})
  void commandListsAndUnknownActionsGiveTheirResults(String uri) {
    pbx.stubFor(action("QueueStatus"))
        .willReturn(
            list(
                event("QueueParams", "Queue", "support", "Calls", "0"),
                event("QueueMember", "Queue", "support", "Name", "Agent <1001>")));
    connect(config(uri).build());
    CommandResult version = client.send(GenericAction.command("core show version")).join();
    assertTrue(version.success());
    assertEquals(List.of("Asterisk 22.10.1 built by a fake"), version.lines());
    CommandResult unknown = client.send(GenericAction.command("no such thing")).join();
    assertFalse(unknown.success());
    EventListResult<AmiEvent> queues =
        client.send(GenericAction.list("QueueStatus", "QueueStatusComplete")).join();
    assertEquals(2, queues.items().size());
    assertEquals("Agent <1001>", queues.items().get(1).header("Name"), "escaped in XML, restored");
    assertEquals("QueueStatusComplete", queues.completion().name());
    AmiActionException unknownAction =
        assertThrows(
            AmiActionException.class,
            () -> client.sendAndWait(GenericAction.named("NoSuchAction")));
    assertTrue(unknownAction.getMessage().contains("Invalid/unknown command"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"rawman", "mxml", "arawman", "amxml"})
  void theServerRefusesWhatARestrictedUserMayNotRun(String uri) {
    connect(config(uri).username("reporter").secret("reppw").build());
    // A generic action declares no write classes: nothing is checked locally, the fake refuses.
    GenericAction<AmiResponse> originate = GenericAction.named("Originate").with("Channel", "x");
    assertThrows(PermissionDeniedException.class, () -> client.sendAndWait(originate));
    assertNotNull(pbx.awaitAction(action("Originate")), "the refusal came from the server");
    assertEquals(Set.of(PrivilegeClass.REPORTING), client.writeClasses(), "learned over HTTP");
    assertEquals(ConnectionState.CONNECTED, client.state(), "a refusal does not end the session");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rawman", "mxml"})
  void anExpiredCookieSessionIsLoggedInAgain(String uri) throws Exception {
    // As when httptimeout passed: the cookie now opens a new, unauthenticated session.
    FakeSession first = connectAndEndTheSession(uri);
    expectNotice("disconnected");
    expectNotice("connected 11.0.0");
    expectNotice("loggedIn true");
    assertEquals("Pong", client.send(GenericAction.named("Ping")).join().header("Ping"));
    FakeSession second = pbx.awaitSession(WAIT);
    assertNotEquals(first.id(), second.id());
    assertEquals(1, client.metrics().reconnects());
    assertEventsReach(second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"arawman", "amxml"})
  void anExpiredDigestSessionIsReopenedByTheNextRequestWithoutALogin(String uri) throws Exception {
    FakeSession first = connectAndEndTheSession(uri);
    assertEquals("Pong", client.send(GenericAction.named("Ping")).join().header("Ping"));
    FakeSession second = pbx.awaitSession(WAIT);
    assertNotEquals(first.id(), second.id(), "the nonce opened a new, authenticated session");
    assertTrue(second.isAuthenticated());
    assertEquals(0, client.metrics().reconnects(), "nothing to log in again over Digest");
    assertTrue(notices.isEmpty(), "no connection notices: " + notices);
    assertEventsReach(second);
  }

  /** Connects, and once the client polls for events, ends its session on the server. */
  private FakeSession connectAndEndTheSession(String uri) throws InterruptedException {
    connect(config(uri).build());
    expectNotice("connected 11.0.0");
    expectNotice("loggedIn false");
    pbx.awaitAction(action("WaitEvent"));
    FakeSession session = pbx.awaitSession(WAIT);
    session.drop();
    return session;
  }

  /** Once {@code session} polls, an event emitted to it reaches the client's listeners. */
  private void assertEventsReach(FakeSession session) throws InterruptedException {
    pbx.awaitAction(
        m -> "WaitEvent".equals(m.get("Action")) && session.receivedActions().contains(m), WAIT);
    pbx.emit(event("UserEvent", "UserEvent", "session-" + session.id()), PrivilegeClass.USER);
    AmiEvent event = awaitEvent(e -> e.name().equals("UserEvent"));
    assertEquals("session-" + session.id(), event.header("UserEvent"));
  }
}
