package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.ServerSession;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Secrets and MD5 keys never show up in logs, exception messages or toString. */
class SecretsTest {

  private static final String PLAIN = "Pl4in-S3cret";
  private static final String MD5 = "Md5-S3cret";

  @Test
  void secretsAndKeysAppearNowhere() throws Exception {
    List<String> texts = new ArrayList<>();
    String sentKey;
    String log;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .user("admin", "the-real-one")
                .failedLoginDelay(Duration.ofMillis(50))
                .start();
        ScriptedAmiServer silent = ScriptedAmiServer.builder().on("Login", (s, a) -> {}).start()) {
      AmiClientConfig plain = config(server).secret(PLAIN).build();
      AmiClientConfig md5 = config(server).secret(MD5).authType(AuthType.MD5).build();
      AmiClientConfig unanswered =
          config(silent).secret(PLAIN).connectTimeout(Duration.ofMillis(200)).build();
      for (AmiClientConfig cfg : List.of(plain, md5, unanswered)) {
        try (AmiClient client = AmiClient.create(cfg)) {
          texts.add(cfg.toString());
          texts.add(client.toString());
          texts.add(stackTrace(failure(client.connect())));
        }
      }
      server.nextSession(TestClients.WAIT);
      ServerSession md5Session = server.nextSession(TestClients.WAIT);
      sentKey = md5Session.actions("Login").get(0).get("Key");
      try (AmiClient good = AmiClient.create(config(server).secret("the-real-one").build())) {
        await(good.connect());
        texts.add(good.toString());
      }
    } finally {
      System.setErr(originalErr);
      log = captured.toString(StandardCharsets.UTF_8);
      originalErr.print(log);
    }

    assertTrue(sentKey.matches("[0-9a-f]{32}"), "the MD5 login did send a key: " + sentKey);
    assertTrue(log.contains("refused by"), "the log was captured: " + log);
    texts.add(log);
    for (String text : texts) {
      for (String secret : List.of(PLAIN, MD5, "the-real-one", sentKey)) {
        assertFalse(text.contains(secret), () -> "secret '" + secret + "' leaked into: " + text);
      }
    }
  }

  private static String stackTrace(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
