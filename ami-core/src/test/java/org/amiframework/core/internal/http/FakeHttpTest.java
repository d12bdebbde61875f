package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the HTTP client tests: a fresh {@link FakeHttpAsterisk} per test, all closed after. */
abstract class FakeHttpTest {

  FakeHttpAsterisk fake;
  private final List<AmiClient> clients = new ArrayList<>();

  @BeforeEach
  void startFake() throws Exception {
    fake = new FakeHttpAsterisk(60);
  }

  @AfterEach
  void closeAll() {
    clients.forEach(AmiClient::close);
    fake.close();
  }

  /** A client, closed after the test. */
  AmiClient newClient(AmiClientConfig config) {
    AmiClient client = HttpAmiClient.create(config);
    clients.add(client);
    return client;
  }

  /** admin/adminpw at this path of the fake, with quick reconnects and generous timeouts. */
  AmiClientConfig.Builder config(String path) {
    return config(fake, path);
  }

  static AmiClientConfig.Builder config(FakeHttpAsterisk server, String path) {
    return AmiClientConfig.builder()
        .name("http-test")
        .httpEndpoint(server.url(path))
        .username("admin")
        .secret("adminpw")
        .connectTimeout(Duration.ofSeconds(10))
        .actionTimeout(TestClients.WAIT)
        .reconnectInitialDelay(Duration.ofMillis(50))
        .reconnectMaxDelay(Duration.ofMillis(200));
  }
}
