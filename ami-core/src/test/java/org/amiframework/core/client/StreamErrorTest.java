package org.amiframework.core.client;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.ScriptedAmiServer;
import org.amiframework.core.testsupport.TestClients;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.OverflowAction;
import org.junit.jupiter.api.Test;

/** Bad bytes from the server: counted and logged; only a fatal error costs the connection. */
class StreamErrorTest {

  @Test
  void malformedLineIsCountedAndTheEventStillDelivered() throws Exception {
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Go",
                    (s, a) -> {
                      s.writeRaw("Event: Odd\r\nPrivilege: user,all\r\nno colon here\r\n\r\n");
                      s.respond(a, "Success");
                    })
                .start();
        AmiClient client = AmiClient.create(config(server).build())) {
      List<AmiEvent> heard = new CopyOnWriteArrayList<>();
      client.subscribe(heard::add);
      await(client.connect());

      await(client.send(GenericAction.named("Go")));

      assertEquals(1, client.metrics().frameErrors());
      TestClients.eventually("odd event delivered", () -> heard.size() == 2);
      assertEquals("no colon here", heard.get(1).message().value(2), "the bare line is kept");
      assertEquals(1, server.connectionCount());
    }
  }

  @Test
  void fatalFrameErrorClosesTheConnectionAndTheClientReconnects() throws Exception {
    FrameLimits strict = new FrameLimits(1024, 1000, 1 << 20, OverflowAction.CLOSE);
    try (ScriptedAmiServer server =
            ScriptedAmiServer.builder()
                .on(
                    "Go",
                    (s, a) -> s.writeRaw("Event: Huge\r\nData: " + "x".repeat(5000) + "\r\n\r\n"))
                .start();
        AmiClient client = AmiClient.create(config(server).frameLimits(strict).build())) {
      RecordingConnectionListener notices = RecordingConnectionListener.connect(client);

      client.send(GenericAction.named("Go"));

      notices.expect("disconnected AmiException");
      notices.expect("connected");
      notices.expect("loggedIn true");
      String cause = notices.causes().get(0).getMessage();
      assertTrue(cause.contains("LINE_TOO_LONG"), cause);
      assertTrue(cause.contains("at byte"), "the error names its position: " + cause);
      assertEquals(1, client.metrics().frameErrors());
      assertEquals(1, client.metrics().reconnects());
    }
  }
}
