package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.action;
import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.CommandResult;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.PermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client connected through memory behaves as one connected over TCP. */
class InMemoryClientTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private FakeAsterisk pbx;
  private AmiClient client;

  @BeforeEach
  void start() {
    pbx = SharedData.likeTheRecordedServer(null).inMemoryOnly().start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    pbx.close();
  }

  private AmiClient connect(String user, String secret) {
    return connect(user, secret, new ConnectionListener() {});
  }

  private AmiClient connect(String user, String secret, ConnectionListener listener) {
    client =
        pbx.inMemoryClient(
            AmiClientConfig.builder()
                .username(user)
                .secret(secret)
                .reconnectInitialDelay(Duration.ofMillis(20))
                .reconnectMaxDelay(Duration.ofMillis(100))
                .build());
    client.addConnectionListener(listener);
    client.connect().orTimeout(5, TimeUnit.SECONDS).join();
    return client;
  }

  @Test
  void logsInLearnsItsClassesAndIsRecordedLikeATcpClient() {
    connect("reporter", "reppw");

    assertEquals(ConnectionState.CONNECTED, client.state());
    assertEquals("11.0.0", client.amiVersion());
    assertEquals(Set.of(PrivilegeClass.REPORTING), client.writeClasses());
    assertEquals("reporter", pbx.awaitSession(WAIT).user().orElseThrow().name());
    pbx.actions().assertInOrder(action("Login"), action("ListCommands"));
    assertThrows(IllegalStateException.class, pbx::port, "an in-memory fake has no port");
  }

  @Test
  void answersSingleListAndCommandActions() {
    connect("admin", "adminpw");
    pbx.emit(
        event(
            "Newchannel", "Channel", "PJSIP/100-00000001", "ChannelState", "4", "Uniqueid", "1.1"),
        PrivilegeClass.CALL);
    pbx.cli().define("core show uptime", "System uptime: 1 minute");

    AmiResponse ping = client.sendAndWait(GenericAction.named("Ping"));
    EventListResult<AmiEvent> status = client.sendAndWait(GenericAction.list("Status", null));
    CommandResult uptime = client.sendAndWait(GenericAction.command("core show uptime"));

    assertEquals("Pong", ping.header("Ping"));
    assertEquals(1, status.events().size());
    assertEquals("PJSIP/100-00000001", status.events().get(0).header("Channel"));
    assertEquals(List.of("System uptime: 1 minute"), uptime.lines());
  }

  @Test
  void deliversOnlyTheEventsTheUserMayRead() throws Exception {
    connect("reporter", "reppw");
    LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
    client.subscribe(events::add);

    pbx.emit(event("Reload", "Module", "manager"), PrivilegeClass.SYSTEM);
    pbx.emit(event("Hangup", "Channel", "PJSIP/100-00000001"), PrivilegeClass.CALL);

    AmiEvent first = events.poll(5, TimeUnit.SECONDS);
    assertEquals("Hangup", first.name(), "a system event must not reach a call,reporting reader");
  }

  @Test
  void refusesLocallyWhatTheUserMayNotRunAndReportsServerRefusals() {
    connect("reporter", "reppw");

    CompletionException local =
        assertThrows(
            CompletionException.class,
            () ->
                client
                    .send(
                        GenericAction.named("Originate")
                            .with("Channel", "Local/100@test")
                            .requiring(Set.of(PrivilegeClass.ORIGINATE)))
                    .join());
    CompletionException remote =
        assertThrows(
            CompletionException.class,
            () -> client.send(GenericAction.named("Originate").with("Channel", "x")).join());

    assertInstanceOf(PermissionDeniedException.class, local.getCause());
    pbx.actions().assertReceived(1, action("Originate"));
    assertInstanceOf(PermissionDeniedException.class, remote.getCause());
    assertInstanceOf(AmiActionException.class, remote.getCause());
  }

  @Test
  void aWrongSecretAndAFakeThatIsDownFailTheConnect() {
    AmiClient wrong =
        pbx.inMemoryClient(AmiClientConfig.builder().username("admin").secret("nope").build());
    CompletionException refused =
        assertThrows(CompletionException.class, () -> wrong.connect().join());
    wrong.close();
    pbx.stop();
    AmiClient down =
        pbx.inMemoryClient(AmiClientConfig.builder().username("admin").secret("adminpw").build());
    CompletionException unreachable =
        assertThrows(CompletionException.class, () -> down.connect().join());
    down.close();

    assertInstanceOf(AuthenticationException.class, refused.getCause());
    assertTrue(refused.getCause().getMessage().contains("Authentication failed"));
    assertInstanceOf(AmiConnectException.class, unreachable.getCause());
  }

  @Test
  void theFakesFaultsApplyToInMemoryConnections() {
    connect("admin", "adminpw");
    pbx.faults().stallReading();
    CompletionException stalled =
        assertThrows(
            CompletionException.class,
            () -> client.send(GenericAction.named("Ping"), Duration.ofMillis(200)).join());
    pbx.faults().clear();
    pbx.faults().closeBeforeGreeting();
    AmiClient refused =
        pbx.inMemoryClient(AmiClientConfig.builder().username("admin").secret("adminpw").build());
    CompletionException closed =
        assertThrows(CompletionException.class, () -> refused.connect().join());
    refused.close();

    assertInstanceOf(AmiTimeoutException.class, stalled.getCause());
    assertInstanceOf(AmiConnectException.class, closed.getCause());
    assertTrue(closed.getCause().getMessage().contains("before its greeting"));
  }

  @Test
  void reconnectsWhenTheFakeComesBack() throws Exception {
    LinkedBlockingQueue<String> notices = new LinkedBlockingQueue<>();
    connect(
        "admin",
        "adminpw",
        new ConnectionListener() {
          @Override
          public void onDisconnected(Throwable cause) {
            notices.add("disconnected");
          }

          @Override
          public void onLoggedIn(boolean reconnect) {
            notices.add("logged in, reconnect=" + reconnect);
          }
        });
    assertEquals("logged in, reconnect=false", notices.poll(5, TimeUnit.SECONDS));

    pbx.restart();

    assertEquals("disconnected", notices.poll(5, TimeUnit.SECONDS));
    assertEquals("logged in, reconnect=true", notices.poll(5, TimeUnit.SECONDS));
    assertEquals("Pong", client.sendAndWait(GenericAction.named("Ping")).header("Ping"));
  }
}
