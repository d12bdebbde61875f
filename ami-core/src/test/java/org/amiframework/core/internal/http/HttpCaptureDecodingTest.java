package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reply Asterisk gave in {@code captures/k-http/}: status line and headers read, the session
 * cookie and Digest challenges understood, and every body decoded with nothing lost, checked
 * against counts and parses made independently of the decoders under test.
 */
class HttpCaptureDecodingTest {

  static List<String> files() {
    List<String> files = HttpCapture.files();
    assertEquals(34, files.size(), "the k-http capture has 34 files");
    return files;
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyReplyIsReadWhole(String file) throws XMLStreamException {
    List<HttpCapture.Reply> replies = HttpCapture.read(file);
    assertFalse(replies.isEmpty(), file);
    for (HttpCapture.Reply reply : replies) {
      assertTrue(reply.statusLine().startsWith("HTTP/1.1 "), reply.statusLine());
      assertEquals("Asterisk/22.10.1", reply.header("Server"), file);
      String type = reply.header("Content-type");
      assertNotNull(type, file + " has a Content-type");
      String cookie = reply.header("Set-Cookie");
      if (cookie != null) {
        SessionCookie session = SessionCookie.fromSetCookie(reply.all("Set-Cookie"));
        assertTrue(session.id().matches("[0-9a-f]{8}"), cookie);
        assertEquals(Duration.ofSeconds(60), session.maxAge(), cookie);
        assertEquals("SuppressEvents", reply.header("Pragma"), file);
      }
      if (reply.status() == 401) {
        checkChallenge(file, reply);
      } else if (reply.status() == 200 && type.equals("text/plain")) {
        checkText(file, reply.body());
      } else if (reply.status() == 200 && type.equals("text/xml")) {
        checkXml(file, reply.body());
      } else {
        assertEquals("text/html", type, file);
        assertTrue(reply.text().contains("</"), file + " holds HTML");
      }
    }
  }

  /** A text body gives as many messages as it has blank lines, and re-encodes to its own bytes. */
  private static void checkText(String file, byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int blankLines = text.split("\r\n\r\n", -1).length - 1;
    long lines = text.lines().filter(l -> !l.isEmpty()).count();
    for (int chunk : new int[] {body.length, 7, 1}) {
      DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.TEXT, body, chunk);
      assertEquals(List.of(), decoded.errors(), file);
      assertEquals(blankLines, decoded.messages().size(), file + " messages");
      assertEquals(
          lines,
          decoded.messages().stream().mapToInt(AmiMessage::size).sum(),
          file + " header lines");
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      decoded.messages().forEach(m -> again.writeBytes(MessageEncoder.encode(m)));
      assertEquals(text, again.toString(StandardCharsets.ISO_8859_1), file);
    }
  }

  /**
   * An XML body gives one message per element, each header the attribute of the same position (as
   * the JDK's own StAX parser reads it) under its canonical or Asterisk's name, same value.
   */
  private static void checkXml(String file, byte[] body) throws XMLStreamException {
    List<List<String[]>> elements = parseWithStax(body);
    for (int chunk : new int[] {body.length, 5, 1}) {
      DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.XML, body, chunk);
      assertEquals(List.of(), decoded.errors(), file);
      assertEquals(elements.size(), decoded.messages().size(), file + " messages");
      for (int m = 0; m < elements.size(); m++) {
        List<String[]> attributes = elements.get(m);
        AmiMessage message = decoded.messages().get(m);
        assertEquals(attributes.size(), message.size(), file + " message " + m);
        for (int h = 0; h < attributes.size(); h++) {
          String xmlName = attributes.get(h)[0].replaceFirst("-[0-9]+$", "");
          assertEquals(xmlName, XmlHeaderNames.xmlForm(message.name(h)), file + " name " + h);
          // StAX normalizes a TAB or newline in an attribute to a space, as XML requires; the
          // decoder keeps the character Asterisk wrote (capture 23 has a TAB in SendText's text).
          assertEquals(
              attributes.get(h)[1], message.value(h).replaceAll("[\t\r\n]", " "), file + h);
        }
      }
    }
  }

  private static List<List<String[]>> parseWithStax(byte[] body) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader xml =
        factory.createXMLStreamReader(new StringReader(new String(body, StandardCharsets.UTF_8)));
    List<List<String[]>> elements = new ArrayList<>();
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("generic")) {
        List<String[]> attributes = new ArrayList<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
          attributes.add(new String[] {xml.getAttributeLocalName(i), xml.getAttributeValue(i)});
        }
        elements.add(attributes);
      }
    }
    return elements;
  }

  private static void checkChallenge(String file, HttpCapture.Reply reply) {
    DigestChallenge challenge = DigestChallenge.fromHeaders(reply.all("WWW-authenticate"));
    assertEquals("amitest", challenge.realm(), file);
    assertTrue(challenge.nonce().matches("[0-9a-f]{8}"), challenge.nonce());
    assertEquals(challenge.nonce(), challenge.opaque(), file + ": Asterisk echoes the nonce");
    assertEquals("MD5", challenge.algorithm(), file);
    assertEquals(List.of("auth"), challenge.qop(), file);
    assertFalse(challenge.stale(), file);
  }

  @Test
  void rawmanSessionReplies() {
    AmiMessage login = only("03-rawman-login.http");
    assertEquals("Success", login.get("Response"));
    assertEquals("http-login-1", login.actionId());
    AmiMessage bad = only("01-rawman-login-bad.http");
    assertEquals("Authentication failed", bad.get("Message"));
    assertEquals("Permission denied", only("02-rawman-ping-nocookie.http").get("Message"));
    assertEquals("Pong", only("12-rawman-post-ping.http").get("Ping"));
    assertTrue(only("13-rawman-unknown.http").get("Message").startsWith("Invalid/unknown command"));
    assertEquals("Goodbye", only("14-rawman-logoff.http").get("Response"));
    String before = cookieOf("14-rawman-logoff.http");
    String after = cookieOf("15-rawman-ping-after-logoff.http");
    assertFalse(before.equals(after), "a gone session comes back as a new cookie");
    assertEquals("Permission denied", only("15-rawman-ping-after-logoff.http").get("Message"));
  }

  @Test
  void waitEventReplyHoldsResponseEventsAndCompletion() {
    List<AmiMessage> messages = text("07-rawman-waitevent-1.http");
    assertEquals("Waiting for Event completed.", messages.get(0).get("Message"));
    AmiMessage last = messages.get(messages.size() - 1);
    assertEquals("WaitEventComplete", last.eventName());
    assertEquals("http-wait-1", last.actionId());
    assertTrue(
        messages.stream()
            .anyMatch(
                m ->
                    "OriginateResponse".equals(m.eventName())
                        && "http-orig-1".equals(m.actionId())));
    List<AmiMessage> empty = text("09-rawman-waitevent-empty.http");
    assertEquals(2, empty.size(), "a wait that timed out holds only response and completion");
  }

  @Test
  void listReplyHoldsAckAndCompleteInOneBody() {
    List<AmiMessage> list = text("11-rawman-coreshowchannels.http");
    assertEquals("start", list.get(0).get("EventList"));
    assertEquals("CoreShowChannelsComplete", list.get(1).eventName());
    assertEquals("0", list.get(1).get("ListItems"));
  }

  @Test
  void xmlNamesAreGivenBackTheirCase() {
    AmiMessage ping = xml("17-mxml-ping.http").get(0);
    assertEquals(List.of("Response", "ActionID", "Ping", "Timestamp"), names(ping));
    assertEquals("mx-ping-1", ping.actionId());
    AmiMessage command = xml("20-mxml-command.http").get(0);
    assertEquals(
        List.of("System uptime: 4 minutes, 32 seconds", "Last reload: 4 minutes, 32 seconds"),
        command.getAll("Output"));
    assertEquals(List.of("Response", "Message", "Output", "Output"), names(command));
    AmiMessage newchannel =
        xml("19-mxml-waitevent.http").stream()
            .filter(m -> "Newchannel".equals(m.eventName()))
            .findFirst()
            .orElseThrow();
    assertTrue(names(newchannel).contains("CallerIDNum"), names(newchannel).toString());
    assertEquals("<unknown>", newchannel.get("CallerIDNum"));
    List<AmiMessage> queue = xml("21-mxml-queuestatus.http");
    assertEquals("QueueStatusComplete", queue.get(queue.size() - 1).eventName());
    assertEquals("Complete", queue.get(queue.size() - 1).get("EventList"));
  }

  @Test
  void digestChallengeFromACaptureAnswersTheCapturedRequest() {
    HttpCapture.Reply challenge = HttpCapture.read("28-arawman-ping-digest.http").get(0);
    DigestAuthenticator digest = new DigestAuthenticator("admin", "adminpw", () -> "0a4f113b");
    digest.accept(DigestChallenge.fromHeaders(challenge.all("WWW-authenticate")));
    String header = digest.authorize("GET", "/arawman?action=Ping&ActionID=digest-1");
    // Expected value computed independently: python3 hashlib, RFC 2617 formula with qop=auth.
    assertEquals("02d801114c6ae97f34358528e6de9d80", param(header, "response"));
    assertEquals("00000001", param(header, "nc"));
    assertEquals("5e642503", param(header, "opaque"));
  }

  @Test
  void aRefusedDigestComesBackAsAFreshChallengeWithoutStale() {
    List<HttpCapture.Reply> replies = HttpCapture.read("29-arawman-ping-badpw.http");
    assertEquals(2, replies.size());
    DigestChallenge first = DigestChallenge.fromHeaders(replies.get(0).all("WWW-authenticate"));
    DigestChallenge refusal = DigestChallenge.fromHeaders(replies.get(1).all("WWW-authenticate"));
    assertFalse(refusal.stale(), "wrong credentials: not stale, so the client must not retry");
    assertFalse(first.nonce().equals(refusal.nonce()), "Asterisk hands out a new nonce");
    assertEquals(401, replies.get(1).status());
    assertTrue(replies.get(0).elided(), "curl did not print the first 401's body");
  }

  private static String param(String header, String name) {
    Matcher m = Pattern.compile(name + "=\"?([^\",]*)\"?").matcher(header);
    if (!m.find()) {
      fail(name + " missing from " + header);
    }
    return m.group(1);
  }

  private static List<String> names(AmiMessage message) {
    return message.headers().stream().map(h -> h.name()).toList();
  }

  private static String cookieOf(String file) {
    return SessionCookie.fromSetCookie(HttpCapture.read(file).get(0).all("Set-Cookie")).id();
  }

  private static AmiMessage only(String file) {
    List<AmiMessage> messages = text(file);
    assertEquals(1, messages.size(), file);
    return messages.get(0);
  }

  private static List<AmiMessage> text(String file) {
    List<HttpCapture.Reply> replies = HttpCapture.read(file);
    byte[] body = replies.get(replies.size() - 1).body();
    return DecodedBody.of(HttpEndpoint.Format.TEXT, body, body.length).messages();
  }

  private static List<AmiMessage> xml(String file) {
    List<HttpCapture.Reply> replies = HttpCapture.read(file);
    byte[] body = replies.get(replies.size() - 1).body();
    return DecodedBody.of(HttpEndpoint.Format.XML, body, body.length).messages();
  }
}
