package org.amiframework.core.internal.http;

import static org.amiframework.core.testsupport.TestClients.await;
import static org.amiframework.core.testsupport.TestClients.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.testsupport.RecordingConnectionListener;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;

/** Digest authentication ({@code /arawman}, {@code /amxml}) and the XML format against the fake. */
class HttpDigestAndXmlTest extends FakeHttpTest {

  private AmiClient open(String path, String secret) {
    return newClient(config(path).secret(secret).build());
  }

  @Test
  void digestNeedsNoLoginAndAuthorizesEveryRequestAfterOneChallenge() throws Exception {
    // Without events there is no poll running beside the Pings: requests reach the server in
    // nonce-count order, so no renewal is needed and exactly one challenge is expected.
    AmiClient client = newClient(config("/arawman").eventMask("off").build());
    await(client.connect());
    assertEquals("off", fake.requests("Events").get(0).fields().get("EventMask"));
    assertEquals("11.0.0", client.amiVersion());
    for (int i = 0; i < 3; i++) {
      assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
    }
    assertTrue(fake.requests("Login").isEmpty(), "no Login action over Digest");
    assertEquals(1, fake.digestChallenges(), "one 401, then every request is authorized up front");
    List<String> counts =
        fake.requests("Ping").stream()
            .map(r -> DigestAuthenticatorTest.param(r.auth(), "nc"))
            .toList();
    assertEquals(List.of("00000004", "00000005", "00000006"), counts, "after 3 opening requests");
    assertNull(fake.requests("Ping").get(0).cookie(), "Digest sessions use no cookie");
  }

  @Test
  void aWrongDigestSecretFailsTheConnectWithoutRetryingForever() throws Exception {
    AmiClient client = open("/arawman", "WRONG-digest");
    Throwable e = failure(client.connect());
    assertInstanceOf(AuthenticationException.class, e);
    assertTrue(e.getMessage().contains("Digest"), e.getMessage());
    assertFalse(e.getMessage().contains("WRONG-digest"), e.getMessage());
    assertEquals(2, fake.digestChallenges(), "the challenge, then the refusal; no third try");
  }

  @Test
  void aStaleNonceIsRenewedWithoutLosingTheSession() throws Exception {
    AmiClient client = open("/amxml", "adminpw");
    RecordingConnectionListener notices = new RecordingConnectionListener();
    client.addConnectionListener(notices);
    LinkedBlockingQueue<AmiEvent> events = new LinkedBlockingQueue<>();
    client.subscribe(events::add);
    await(client.connect());
    notices.expect("connected");
    notices.expect("loggedIn false");
    fake.staleNonces();
    assertEquals("Pong", await(client.send(GenericAction.named("Ping"))).header("Ping"));
    assertTrue(fake.digestChallenges() >= 2, "a stale=true challenge was answered");
    fake.emit(AmiMessage.of("Event", "UserEvent", "UserEvent", "still-here"));
    AmiEvent event = events.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertNotNull(event, "events still flow in the same session");
    assertEquals("still-here", event.header("UserEvent"));
    assertTrue(notices.silentFor(java.time.Duration.ofMillis(200)), notices.all().toString());
  }

  @Test
  void xmlAndTextGiveEqualMessagesModuloNameCase() throws Exception {
    AmiClient text = open("/rawman", "adminpw");
    AmiClient xml = open("/mxml", "adminpw");
    LinkedBlockingQueue<AmiEvent> textEvents = new LinkedBlockingQueue<>();
    LinkedBlockingQueue<AmiEvent> xmlEvents = new LinkedBlockingQueue<>();
    text.subscribe(textEvents::add);
    xml.subscribe(xmlEvents::add);
    await(text.connect());
    await(xml.connect());
    assertSame(
        await(text.send(GenericAction.named("Ping"))).message(),
        await(xml.send(GenericAction.named("Ping"))).message());
    assertSame(
        await(text.send(GenericAction.command("core show version"))).response().message(),
        await(xml.send(GenericAction.command("core show version"))).response().message());
    var textList = await(text.send(GenericAction.list("CoreShowChannels", null)));
    var xmlList = await(xml.send(GenericAction.list("CoreShowChannels", null)));
    assertEquals(textList.events().size(), xmlList.events().size());
    for (int i = 0; i < textList.events().size(); i++) {
      assertSame(textList.events().get(i).message(), xmlList.events().get(i).message());
    }
    assertSame(textList.completion().message(), xmlList.completion().message());
    fake.emit(
        AmiMessage.of(
            "Event",
            "Hangup",
            "Privilege",
            "call,all",
            "Channel",
            "Local/1@x-1;1",
            "CallerIDName",
            "<unknown> & 'quoted'",
            "Cause-txt",
            "Normal Clearing"));
    AmiMessage fromText =
        textEvents.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS).message();
    AmiMessage fromXml =
        xmlEvents.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS).message();
    assertSame(fromText, fromXml);
    assertEquals("CallerIDName", fromXml.name(3), "known names regain their case");
    assertEquals("<unknown> & 'quoted'", fromXml.get("CallerIDName"));
    assertEquals("Cause-txt", fromXml.name(4));
  }

  /** Equal headers in order, names compared ignoring case, ActionIDs (each client's own) aside. */
  private static void assertSame(AmiMessage text, AmiMessage xml) {
    assertEquals(text.size(), xml.size(), text + " vs " + xml);
    for (int i = 0; i < text.size(); i++) {
      assertTrue(text.name(i).equalsIgnoreCase(xml.name(i)), text.name(i) + " vs " + xml.name(i));
      if (!text.name(i).equalsIgnoreCase("ActionID")) {
        assertEquals(text.value(i), xml.value(i), text.name(i));
      }
    }
  }

  @Test
  void responsesOverXmlKeepTheirCanonicalNames() throws Exception {
    AmiClient xml = open("/mxml", "adminpw");
    await(xml.connect());
    AmiResponse pong = await(xml.send(GenericAction.named("Ping")));
    assertEquals(
        List.of("Response", "ActionID", "Ping", "Timestamp"),
        pong.message().headers().stream().map(h -> h.name()).toList());
  }
}
