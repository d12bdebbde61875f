package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.stub.Stubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake's HTTP server at the level of requests, where the captures say nothing: methods, sizes,
 * the prefix, event queueing and WaitEvent, expiry, Digest nonce renewal, recording.
 */
class HttpFrontTest {

  private static final Pattern COOKIE = Pattern.compile("mansession_id=\"([0-9a-f]{8})\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([0-9a-f]{8})\"");

  private FakeAsterisk pbx;

  @AfterEach
  void stop() {
    if (pbx != null) {
      pbx.close();
    }
  }

  private FakeAsterisk start(FakeAsteriskBuilder builder) {
    pbx = builder.http(true).start();
    return pbx;
  }

  private HttpReply get(String target, String cookie) throws IOException {
    String head = "GET " + target + " HTTP/1.1";
    return HttpReply.exchange(
        pbx.http().port(),
        cookie == null ? head : head + "\r\nCookie: mansession_id=\"" + cookie + "\"",
        null);
  }

  private String login(String user, String secret, String extra) throws IOException {
    HttpReply reply =
        get("/rawman?action=Login&username=" + user + "&secret=" + secret + extra, null);
    assertTrue(reply.text().contains("Authentication accepted"), reply.text());
    return cookie(reply);
  }

  private static String cookie(HttpReply reply) {
    Matcher m = COOKIE.matcher(reply.header("Set-Cookie"));
    assertTrue(m.find(), reply.header("Set-Cookie"));
    return m.group(1);
  }

  @Test
  void refusesOtherMethodsAndUnservedUrisAsAsteriskDoes() throws IOException {
    start(FakeAsterisk.builder().httpPrefix("asterisk"));
    HttpReply put = HttpReply.exchange(pbx.http().port(), "PUT /asterisk/rawman HTTP/1.1", "");
    assertEquals("HTTP/1.1 501 Not Implemented", put.statusLine());
    assertEquals("HTTP/1.1 404 Not Found", get("/rawman?action=Ping", null).statusLine());
    assertEquals("HTTP/1.1 404 Not Found", get("/asterisk/manager", null).statusLine());
    assertEquals("HTTP/1.1 200 OK", get("/asterisk/rawman?action=Ping", null).statusLine());
    assertTrue(pbx.httpEndpoint("mxml").endsWith("/asterisk/mxml"), pbx.httpEndpoint("mxml"));
    assertThrows(IllegalArgumentException.class, () -> pbx.httpEndpoint("manager"));
  }

  @Test
  void takesPostFieldsOnlyFromAFormBodyOfAtMost4096Bytes() throws IOException {
    start(FakeAsterisk.builder());
    int port = pbx.http().port();
    String form = "Content-Type: application/x-www-form-urlencoded";
    HttpReply ping =
        HttpReply.exchange(port, "POST /rawman?action=Logoff HTTP/1.1\r\n" + form, "action=Ping");
    assertTrue(
        ping.text().contains("Permission denied"), "the body, not the query: " + ping.text());
    HttpReply plain = HttpReply.exchange(port, "POST /rawman HTTP/1.1", "action=Ping");
    assertTrue(plain.text().contains("Missing action in request"), plain.text());
    HttpReply large =
        HttpReply.exchange(port, "POST /rawman HTTP/1.1\r\n" + form, "x=" + "y".repeat(4096));
    assertEquals("HTTP/1.1 413 Request Entity Too Large", large.statusLine());
    HttpReply injected = get("/rawman?action=Ping&ActionID=a%0D%0AAction:%20Logoff", null);
    assertEquals("HTTP/1.1 400 Bad Request", injected.statusLine());
    assertTrue(injected.text().contains("'ActionID'"), injected.text());
  }

  @Test
  void eventsWaitForWaitEventWhichAppliesTheUsersClassesThen() throws IOException {
    start(SharedData.likeTheRecordedServer(null));
    String cookie = login("reporter", "reppw", "");
    pbx.emit(Stubs.event("Hangup", "Channel", "Local/1@x"), PrivilegeClass.CALL);
    pbx.emit(Stubs.event("Reload", "Module", "x"), PrivilegeClass.SYSTEM);
    HttpReply poll = get("/rawman?action=WaitEvent&Timeout=0&ActionID=w1", cookie);
    assertEquals(
        "Response: Success\r\nActionID: w1\r\nMessage: Waiting for Event completed.\r\n\r\n"
            + "Event: Hangup\r\nPrivilege: call,all\r\nChannel: Local/1@x\r\n\r\n"
            + "Event: WaitEventComplete\r\nActionID: w1\r\n\r\n",
        poll.text(),
        "queued before the first poll, while the mask was 0; the system event not for reporter");
    pbx.awaitSession(Duration.ofSeconds(5)).send(AmiMessage.of("Event", "Injected"));
    assertTrue(get("/rawman?action=WaitEvent&Timeout=0", cookie).text().contains("Injected"));
  }

  @Test
  void aNewerWaitEventKicksOutTheOneWaiting() throws Exception {
    start(FakeAsterisk.builder());
    String cookie = login(FakeAsterisk.DEFAULT_USERNAME, FakeAsterisk.DEFAULT_SECRET, "");
    CompletableFuture<HttpReply> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return get("/rawman?action=WaitEvent&Timeout=30", cookie);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    pbx.awaitAction(Stubs.action("WaitEvent"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    // Should the newer one arrive before the older began to wait, it kicks nobody: send again.
    while (!waiting.isDone() && System.nanoTime() < deadline) {
      HttpReply newer = get("/rawman?action=WaitEvent&Timeout=0", cookie);
      assertTrue(newer.text().contains("WaitEventComplete"), newer.text());
    }
    HttpReply kicked = waiting.get(10, TimeUnit.SECONDS);
    assertEquals("HTTP/1.1 200 OK", kicked.statusLine());
    assertEquals("", kicked.text(), "the older one returns with no output");
  }

  @Test
  void aSessionIdleLongerThanHttptimeoutIsGone() throws Exception {
    start(FakeAsterisk.builder().httpTimeout(Duration.ofSeconds(1)));
    String cookie = login(FakeAsterisk.DEFAULT_USERNAME, FakeAsterisk.DEFAULT_SECRET, "");
    HttpReply renewed = get("/rawman?action=Ping", cookie);
    assertEquals(cookie, cookie(renewed));
    assertTrue(renewed.header("Set-Cookie").endsWith("Max-Age=1"), renewed.header("Set-Cookie"));
    FakeSession session = pbx.awaitSession(Duration.ofSeconds(5));
    Thread.sleep(1_200); // the only way to let an httptimeout pass; it is set to its minimum
    HttpReply after = get("/rawman?action=Ping", cookie);
    assertNotEquals(cookie, cookie(after));
    assertTrue(after.text().contains("Permission denied"), after.text());
    assertFalse(session.isOpen(), "the expired session ended");
  }

  @Test
  void aStaleDigestNonceIsRenewedWithinTheSameSession() throws Exception {
    start(FakeAsterisk.builder());
    HttpReply challenge = get("/arawman?action=Ping", null);
    assertEquals("HTTP/1.1 401 Unauthorized", challenge.statusLine());
    String nonce = nonce(challenge);
    assertTrue(digestPing(nonce, 1).text().contains("Pong"));
    FakeSession session = pbx.awaitSession(Duration.ofSeconds(5));
    HttpReply replayed = digestPing(nonce, 1);
    assertEquals("HTTP/1.1 401 Unauthorized", replayed.statusLine(), "a count that did not grow");
    assertTrue(replayed.header("WWW-authenticate").endsWith(", stale=true"));
    String renewed = nonce(replayed);
    assertNotEquals(nonce, renewed);
    assertEquals(renewed, nonce(digestPing(nonce, 2)), "the old nonce gets the current one");
    assertTrue(digestPing(renewed, 1).text().contains("Pong"));
    assertEquals(session, pbx.awaitSession(Duration.ofSeconds(5)), "still the same session");
    assertEquals(2, session.receivedActions().size(), "refused requests reach no session");
  }

  /** A Digest-authorized GET of {@code /arawman?action=Ping} as admin, RFC 2617 with qop. */
  private HttpReply digestPing(String nonce, int count) throws Exception {
    String uri = "/arawman?action=Ping";
    String nc = String.format("%08x", count);
    String a1 = md5(FakeAsterisk.DEFAULT_USERNAME + ":asterisk:" + FakeAsterisk.DEFAULT_SECRET);
    String response = md5(String.join(":", a1, nonce, nc, "c0ffee", "auth", md5("GET:" + uri)));
    String authorization =
        String.format(
            "Digest username=\"%s\", realm=\"asterisk\", nonce=\"%s\", uri=\"%s\", qop=auth,"
                + " nc=%s, cnonce=\"c0ffee\", response=\"%s\"",
            FakeAsterisk.DEFAULT_USERNAME, nonce, uri, nc, response);
    return HttpReply.exchange(
        pbx.http().port(), "GET " + uri + " HTTP/1.1\r\nAuthorization: " + authorization, null);
  }

  private static String nonce(HttpReply challenge) {
    Matcher m = NONCE.matcher(challenge.header("WWW-authenticate"));
    assertTrue(m.find(), challenge.header("WWW-authenticate"));
    return m.group(1);
  }

  private static String md5(String text) throws Exception {
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void recordsHttpSessionsAsTheAmiTextTheyCarried(@TempDir Path dir) throws Exception {
    start(FakeAsterisk.builder().recordSessionsTo(dir));
    String cookie = login(FakeAsterisk.DEFAULT_USERNAME, FakeAsterisk.DEFAULT_SECRET, "");
    get("/mxml?action=Logoff&ActionID=bye", cookie); // ends the session before it answers
    assertTrue(pbx.sessions().isEmpty(), "Logoff ended the session");
    String sent = Files.readString(dir.resolve("session-001.tx"), StandardCharsets.UTF_8);
    String received = Files.readString(dir.resolve("session-001.rx"), StandardCharsets.UTF_8);
    assertTrue(sent.contains("action: Logoff\r\nActionID: bye\r\n\r\n"), "fields as sent: " + sent);
    assertTrue(
        received.endsWith(
            "Response: Goodbye\r\nActionID: bye\r\n" + "Message: Thanks for all the fish.\r\n\r\n"),
        received);
  }
}
