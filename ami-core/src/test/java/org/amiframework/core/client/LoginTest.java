package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Connecting and logging in: plain and MD5, good and bad, and the ways a connect can fail. */
class LoginTest {

  /** Asterisk waits 1 s before refusing a login; one test keeps that, the others wait less. */
  private static final Duration SHORT = Duration.ofMillis(100);

  @Test
  void plainLoginSendsUserSecretAndEventMaskAndKeepsTheGreetingVersion() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client =
            AmiClient.create(
                config(server).eventMask("call,system").learnWriteClasses(false).build())) {
      RecordingConnectionListener notices = new RecordingConnectionListener();
      client.addConnectionListener(notices);
      assertEquals(ConnectionState.NEW, client.state());
      assertNull(client.amiVersion());

      await(client.connect());

      assertEquals(ConnectionState.CONNECTED, client.state());
      assertEquals("11.0.0", client.amiVersion());
      notices.expect("connected 11.0.0");
      notices.expect("loggedIn false");
      AmiMessage login = server.nextSession(TestClients.WAIT).actions().get(0);
      assertEquals("Login", login.actionName());
      assertEquals("admin", login.get("Username"));
      assertEquals("adminpw", login.get("Secret"));
      assertEquals("call,system", login.get("Events"));
      assertTrue(login.actionId() != null && !login.actionId().isEmpty(), "ActionID added");
    }
  }

  @Test
  void md5LoginAnswersTheChallengeWithALowerCaseHexKey() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client =
            AmiClient.create(
                config(server).authType(AuthType.MD5).learnWriteClasses(false).build())) {
      await(client.connect());

      ServerSession session = server.nextSession(TestClients.WAIT);
      List<AmiMessage> actions = session.actions();
      assertEquals("Challenge", actions.get(0).actionName());
      assertEquals("MD5", actions.get(0).get("AuthType"));
      AmiMessage login = actions.get(1);
      assertEquals("MD5", login.get("AuthType"));
      assertNull(login.get("Secret"), "the secret itself never travels with MD5");
      assertTrue(login.get("Key").matches("[0-9a-f]{32}"), login.get("Key"));
      assertTrue(session.loggedIn(), "the server accepted the key");
    }
  }

  @Test
  void wrongSecretFailsConnectWithAuthenticationExceptionAndNoRetry() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client = AmiClient.create(config(server).secret("WRONG").build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AuthenticationException.class, failure);
      assertTrue(failure.getMessage().contains("Authentication failed"), failure.getMessage());
      assertTrue(failure.getMessage().contains("'admin'"), failure.getMessage());
      assertEquals(ConnectionState.NEW, client.state());
      assertEquals(1, server.connectionCount(), "a refused login is not retried");
    }
  }

  @Test
  void wrongMd5KeyFailsConnectWithAuthenticationException() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().failedLoginDelay(SHORT).start();
        AmiClient client =
            AmiClient.create(config(server).authType(AuthType.MD5).secret("WRONG").build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AuthenticationException.class, failure);
      assertEquals(1, server.connectionCount());
    }
  }

  @Test
  void unsupportedChallengeIsAnAuthenticationFailure() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Challenge",
                    (s, a) -> s.respond(a, "Error", "Message", "Must specify AuthType"))
                .start();
        AmiClient client = AmiClient.create(config(server).authType(AuthType.MD5).build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AuthenticationException.class, failure);
      assertTrue(failure.getMessage().contains("Must specify AuthType"), failure.getMessage());
    }
  }

  @Test
  void refusedConnectionFailsWithAmiConnectException() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    AmiClientConfig cfg =
        AmiClientConfig.builder().host("127.0.0.1").port(port).username("u").secret("s").build();
    try (AmiClient client = AmiClient.create(cfg)) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AmiConnectException.class, failure);
      assertTrue(failure.getMessage().contains("refused"), failure.getMessage());
      assertEquals(ConnectionState.NEW, client.state());
    }
  }

  @Test
  void missingGreetingTimesOut() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().greeting(null).start();
        AmiClient client =
            AmiClient.create(config(server).connectTimeout(Duration.ofMillis(300)).build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AmiTimeoutException.class, failure);
      assertTrue(failure.getMessage().contains("greeting"), failure.getMessage());
    }
  }

  @Test
  void closeBeforeGreetingIsAConnectFailure() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().greeting(null).start();
        AmiClient client = AmiClient.create(config(server).build())) {
      var connecting = client.connect();
      server.nextSession(TestClients.WAIT).closeSocket();

      Throwable failure = failure(connecting);
      assertInstanceOf(AmiConnectException.class, failure);
      assertTrue(failure.getMessage().contains("before its greeting"), failure.getMessage());
    }
  }

  @Test
  void unansweredLoginTimesOut() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().on("Login", (s, a) -> {}).start();
        AmiClient client =
            AmiClient.create(config(server).connectTimeout(Duration.ofMillis(300)).build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AmiTimeoutException.class, failure);
    }
  }

  @Test
  void connectCanBeRetriedAfterAFailureAndIsIdempotentOnceConnected() throws Exception {
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().failedLoginDelay(SHORT).start();
        AmiClient client = AmiClient.create(config(server).secret("WRONG").build())) {
      failure(client.connect());
      failure(client.connect());
      assertEquals(2, server.connectionCount());
    }
    try (ScriptedAmiServer server = ScriptedAmiServer.builder().start();
        AmiClient client = AmiClient.create(config(server).build())) {
      var first = client.connect();
      var second = client.connect();
      await(first);
      await(second);
      await(client.connect());
      assertEquals(1, server.connectionCount());
    }
  }
}
