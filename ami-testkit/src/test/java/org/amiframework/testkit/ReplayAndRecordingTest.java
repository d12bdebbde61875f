package org.amiframework.testkit;

import static org.amiframework.testkit.stub.Stubs.event;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.testkit.internal.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying recorded captures to clients, and recording live sessions in the same format. */
class ReplayAndRecordingTest {

  @Test
  void replayRewritesTheRecordedActionIdsToTheClientsOwn() throws Exception {
    // c1: Login, an async Originate, Logoff; the OriginateResponse comes seconds later.
    AmiCapture capture =
        AmiCapture.fromServer(SharedData.capture("c1-originate-async-local100.rx"));
    try (FakeAsterisk pbx = FakeAsterisk.start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      pbx.replay(capture, ReplayMode.REWRITE_ACTION_IDS);
      try (RawAmiClient replayed = RawAmiClient.connect(pbx)) {
        assertEquals("Asterisk Call Manager/11.0.0", replayed.greeting());
        replayed.send("Action", "Login", "ActionID", "my-login", "Username", "x", "Secret", "y");
        assertEquals("my-login", replayed.nextResponse().actionId());
        replayed.send("Action", "Originate", "ActionID", "my-orig", "Channel", "Local/1@x");
        List<AmiMessage> events = new ArrayList<>();
        AmiMessage queued = replayed.nextResponse(events);
        assertEquals("my-orig", queued.actionId());
        assertEquals("Originate successfully queued", queued.get("Message"));
        replayed.send("Action", "Logoff");
        AmiMessage goodbye = replayed.nextResponse(events);
        assertEquals("Goodbye", goodbye.get("Response"));
        assertEquals(null, goodbye.actionId(), "the client sent no ActionID, so none is echoed");
        AmiMessage originateResponse =
            events.stream()
                .filter(e -> "OriginateResponse".equals(e.eventName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no OriginateResponse in " + events));
        assertEquals("my-orig", originateResponse.actionId());
        assertEquals("amitest-1795389275.0", originateResponse.get("Uniqueid"), "rest untouched");
      }
      pbx.stopReplay();
      assertEquals(
          "Asterisk Call Manager/11.0.0", client.greeting(), "earlier sessions unaffected");
      client.login("admin", "admin", "off");
    }
  }

  @Test
  void replayAsRecordedWritesTheRecordedBytesExactly() throws Exception {
    Path rx = SharedData.capture("a1-login-success-logoff.rx");
    try (FakeAsterisk pbx = FakeAsterisk.start()) {
      pbx.replay(AmiCapture.fromServer(rx), ReplayMode.AS_RECORDED);
      try (Socket socket = new Socket(pbx.host(), pbx.port())) {
        socket
            .getOutputStream()
            .write(Files.readAllBytes(SharedData.capture("a1-login-success-logoff.tx")));
        socket.shutdownOutput();
        socket.setSoTimeout(5000);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        byte[] expected = Files.readAllBytes(rx);
        while (received.size() < expected.length
            && (n = socket.getInputStream().read(buffer)) > 0) {
          received.write(buffer, 0, n);
        }
        assertArrayEquals(expected, received.toByteArray());
      }
    }
  }

  @Test
  void aSessionCanBeFedACaptureDirectly() throws Exception {
    AmiCapture stream = AmiCapture.fromServer(SharedData.capture("l-reporter-stream.rx"));
    try (FakeAsterisk pbx = FakeAsterisk.start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.login("admin", "admin", "off");
      pbx.awaitSession(Duration.ofSeconds(5)).stream(stream);
      for (AmiMessage expected : stream.messages()) {
        assertEquals(expected, client.next());
      }
    }
  }

  @Test
  void capturesReadTheSameFromRxAndJsonl() {
    AmiCapture rx = AmiCapture.fromServer(SharedData.capture("b-ping.rx"));
    AmiCapture jsonl = AmiCapture.fromServer(SharedData.capture("b-ping.jsonl"));
    assertEquals(rx.messages(), jsonl.messages());
    assertEquals(rx.greeting(), jsonl.greeting());
    assertEquals(
        AmiCapture.fromClient(SharedData.capture("b-ping.tx")).messages(),
        AmiCapture.fromClient(SharedData.capture("b-ping.jsonl")).messages());
    assertEquals("11.0.0", rx.amiVersion().orElseThrow());
  }

  @Test
  void theProxyRecordsALiveSessionInTheCaptureFormat(@TempDir Path dir) throws Exception {
    try (FakeAsterisk upstream = FakeAsterisk.builder().systemName("prod").start();
        AmiRecordingProxy proxy = AmiRecordingProxy.start(upstream.address(), dir, "bug-1234")) {
      List<AmiMessage> seen = new ArrayList<>();
      try (RawAmiClient first = RawAmiClient.connect(proxy.address())) {
        first.login("admin", "admin", "off");
      }
      try (RawAmiClient client = RawAmiClient.connect(proxy.address())) {
        client.login("admin", "admin", "call");
        upstream.emit(event("Hangup", "Channel", "PJSIP/1-1", "Cause", "16"), PrivilegeClass.CALL);
        client.send("Action", "Ping", "ActionID", "p1");
        client.nextResponse(seen);
        client.send("Action", "Logoff", "ActionID", "bye");
        client.nextResponse();
        assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
      }
      assertTrue(proxy.awaitIdle(Duration.ofSeconds(10)));
      assertEquals(2, proxy.recordings().size());
      Path second = proxy.recordings().get(1);
      assertEquals(dir.resolve("bug-1234-002"), second);

      byte[] rx = Files.readAllBytes(dir.resolve("bug-1234-002.rx"));
      byte[] tx = Files.readAllBytes(dir.resolve("bug-1234-002.tx"));
      AmiCapture server = AmiCapture.ofServerBytes(rx);
      assertEquals("Asterisk Call Manager/11.0.0", server.greeting().orElseThrow());
      assertEquals(
          List.of("Response", "Event", "Response", "Response"),
          server.messages().stream().map(m -> m.name(0)).toList());
      assertEquals("Login", AmiCapture.ofClientBytes(tx).messages().get(0).get("Action"));

      List<String> lines = Files.readAllLines(dir.resolve("bug-1234-002.jsonl"));
      ByteArrayOutputStream fromJson = new ByteArrayOutputStream();
      for (String line : lines) {
        Map<String, String> chunk = JsonLines.parseObject(line);
        if (chunk.get("dir").equals("rx")) {
          fromJson.writeBytes(chunk.get("data").getBytes(StandardCharsets.ISO_8859_1));
        }
      }
      assertArrayEquals(rx, fromJson.toByteArray());
      assertTrue(lines.get(lines.size() - 1).contains("\"dir\": \"rx-eof\""), lines.toString());
      assertTrue(lines.get(0).matches("\\{\"t\": \\d+\\.\\d{6}, \"dir\": \"rx\", \"data\": .*"));

      // ... and the recording replays: the captured bug becomes a test.
      upstream.replay(
          AmiCapture.fromServer(dir.resolve("bug-1234-002.jsonl")), ReplayMode.REWRITE_ACTION_IDS);
      try (RawAmiClient replay = RawAmiClient.connect(upstream)) {
        replay.send("Action", "Login", "ActionID", "L");
        assertEquals("L", replay.nextResponse().actionId());
        replay.send("Action", "Ping", "ActionID", "P");
        List<AmiMessage> events = new ArrayList<>();
        assertEquals("P", replay.nextResponse(events).actionId());
        assertEquals("Hangup", events.get(0).eventName());
      }
    }
  }

  @Test
  void theFakeCanRecordItsOwnSessions(@TempDir Path dir) throws Exception {
    try (FakeAsterisk pbx = FakeAsterisk.builder().recordSessionsTo(dir).start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.login("admin", "admin", "off");
      client.send("Action", "Logoff");
      client.readUntilClosed();
    }
    AmiCapture recorded = AmiCapture.fromServer(dir.resolve("session-001.rx"));
    assertEquals(
        List.of(MessageKind.RESPONSE, MessageKind.RESPONSE),
        recorded.messages().stream().map(AmiMessage::kind).toList());
    assertEquals("Goodbye", recorded.messages().get(1).get("Response"));
    assertEquals(
        List.of("Login", "Logoff"),
        AmiCapture.fromClient(dir.resolve("session-001.tx")).messages().stream()
            .map(m -> m.get("Action"))
            .toList());
  }
}
