package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.TestCertificates;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AMI over TLS, with the server's host name verified by default. */
class TlsTest {

  @TempDir static Path dir;
  private static TestCertificates forLoopbackIp;

  /** One certificate, naming only the IP address 127.0.0.1 (keytool takes a second per key). */
  @BeforeAll
  static void certificate() throws Exception {
    forLoopbackIp = TestCertificates.generate(dir, "ip:127.0.0.1");
  }

  @Test
  void logsInOverTlsWithTheHostVerified() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().tls(forLoopbackIp.serverContext()).start();
        AmiClient client =
            AmiClient.create(
                config(server).tls(true).sslContext(forLoopbackIp.clientContext()).build())) {
      assertTrue(client.config().verifyHost(), "verification is on by default");

      await(client.connect());

      assertEquals("11.0.0", client.amiVersion());
      assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
      assertTrue(server.nextSession(TestClients.WAIT).loggedIn());
      assertTrue(client.toString().contains("tls://127.0.0.1:"), client.toString());
    }
  }

  @Test
  void certificateForAnotherHostNameIsRefused() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().tls(forLoopbackIp.serverContext()).start();
        AmiClient client =
            AmiClient.create(
                config(server)
                    .host("localhost")
                    .tls(true)
                    .sslContext(forLoopbackIp.clientContext())
                    .build())) {
      Throwable failure = failure(client.connect());

      assertInstanceOf(AmiConnectException.class, failure);
      assertTrue(failure.getMessage().contains("TLS handshake"), failure.getMessage());
      assertTrue(failure.getMessage().contains("host name verification"), failure.getMessage());
      assertEquals(1, server.connectionCount(), "it reached the server: only the name was wrong");
    }
  }

  @Test
  void hostVerificationCanBeTurnedOffButTrustStillCounts() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder().tls(forLoopbackIp.serverContext()).start();
        AmiClient trusting =
            AmiClient.create(
                config(server)
                    .host("localhost")
                    .tls(true)
                    .verifyHost(false)
                    .sslContext(forLoopbackIp.clientContext())
                    .build());
        AmiClient distrusting =
            AmiClient.create(config(server).tls(true).verifyHost(false).build())) {
      await(trusting.connect());

      Throwable failure = failure(distrusting.connect());
      assertInstanceOf(AmiConnectException.class, failure);
      assertTrue(failure.getMessage().contains("TLS handshake"), failure.getMessage());
    }
  }
}
