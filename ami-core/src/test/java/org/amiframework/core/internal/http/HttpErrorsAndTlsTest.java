package org.amiframework.core.internal.http;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.testsupport.TestCertificates;
import org.amiframework.core.wire.HeaderInjectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP and AMI failures reported with the client's exception types, and TLS. */
class HttpErrorsAndTlsTest extends FakeHttpTest {

  /** A connected client without the event poller, so forced failures hit the test's action. */
  private AmiClient connectedWithoutEvents() throws Exception {
    AmiClient client = newClient(config("/rawman").eventMask("off").build());
    await(client.connect());
    return client;
  }

  @Test
  void anUnservedUrlIs404AndSaysWhatToCheck() throws Exception {
    Throwable e = failure(newClient(config("/asterisk/rawman").build()).connect());
    assertInstanceOf(AmiConnectException.class, e);
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    assertTrue(e.getMessage().contains("(404 Not Found)"), e.getMessage());
    assertTrue(e.getMessage().contains("webenabled"), e.getMessage());
  }

  @Test
  void an403IsAnAuthenticationFailure() throws Exception {
    fake.failNext(403);
    Throwable e = failure(newClient(config("/rawman").build()).connect());
    assertInstanceOf(AuthenticationException.class, e);
    assertTrue(e.getMessage().contains("HTTP 403"), e.getMessage());
  }

  @Test
  void otherHttpErrorsFailTheActionButNotTheSession() throws Exception {
    AmiClient client = connectedWithoutEvents();
    for (int status : new int[] {501, 500}) {
      fake.failNext(status);
      Throwable e = failure(client.send(GenericAction.named("Ping")));
      assertEquals(AmiException.class, e.getClass());
      assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    }
    assertEquals(ConnectionState.CONNECTED, client.state());
    assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
  }

  @Test
  void aPageThatIsNotAmiIsRefused() throws Exception {
    AmiClient client = connectedWithoutEvents();
    fake.failNext(200); // an HTML page with status 200, as a captive portal would send
    Throwable e = failure(client.send(GenericAction.named("Ping")));
    assertInstanceOf(AmiConnectException.class, e);
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
  }

  @Test
  void anUnreachableServerIsAConnectFailure() throws Exception {
    String url = fake.url("/rawman");
    fake.close();
    Throwable e =
        failure(
            newClient(AmiClientConfig.builder().httpEndpoint(url).username("a").secret("b").build())
                .connect());
    assertInstanceOf(AmiConnectException.class, e);
    assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
  }

  @Test
  void anActionWithoutReplyTimesOut() throws Exception {
    AmiClient client = connectedWithoutEvents();
    Throwable e =
        failure(
            client.send(
                GenericAction.named("WaitEvent").with("Timeout", "30"), Duration.ofMillis(300)));
    assertInstanceOf(AmiTimeoutException.class, e);
    assertEquals(1, client.metrics().actionsTimedOut());
    assertEquals(ConnectionState.CONNECTED, client.state());
  }

  @Test
  void injectionAndOversizeAreRefusedBeforeSending() throws Exception {
    AmiClient client = connectedWithoutEvents();
    int before = fake.requests().size();
    Throwable injected =
        failure(client.send(GenericAction.named("Ping").with("X", "1\r\nAction: Logoff")));
    assertInstanceOf(HeaderInjectionException.class, injected);
    Throwable large = failure(client.send(GenericAction.named("Ping").with("X", "y".repeat(5000))));
    assertTrue(large.getMessage().contains("too large"), large.getMessage());
    assertEquals(before, fake.requests().size(), "nothing reached the server");
  }

  @Test
  void tlsTrustsTheConfiguredContextAndChecksTheHostName(@TempDir Path dir) throws Exception {
    TestCertificates certificate = TestCertificates.generate(dir, "ip:127.0.0.1");
    try (FakeHttpAsterisk https = new FakeHttpAsterisk(60, certificate.serverContext())) {
      AmiClientConfig.Builder trusting =
          config(https, "/rawman").sslContext(certificate.clientContext());
      AmiClient ok = newClient(trusting.build());
      await(ok.connect());
      assertEquals("Pong", await(ok.send(GenericAction.named("Ping"))).header("Ping"));

      Throwable untrusted = failure(newClient(config(https, "/rawman").build()).connect());
      assertInstanceOf(AmiConnectException.class, untrusted);
      assertTrue(untrusted.getMessage().contains("TLS"), untrusted.getMessage());

      String byName = "https://localhost:" + https.port() + "/rawman";
      Throwable wrongName = failure(newClient(trusting.httpEndpoint(byName).build()).connect());
      assertInstanceOf(AmiConnectException.class, wrongName);
      assertTrue(wrongName.getMessage().contains("TLS"), wrongName.getMessage());

      IllegalArgumentException noVerify =
          assertThrows(
              IllegalArgumentException.class,
              () -> HttpAmiClient.create(trusting.verifyHost(false).build()));
      assertTrue(noVerify.getMessage().contains("verifyHost"), noVerify.getMessage());
    }
  }
}
