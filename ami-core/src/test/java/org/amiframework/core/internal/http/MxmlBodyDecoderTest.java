package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.OverflowAction;
import org.junit.jupiter.api.Test;

class MxmlBodyDecoderTest {

  @Test
  void givesTheSameMessagesAsTheTextFormatModuloNameCase() {
    List<AmiMessage> original =
        List.of(
            AmiMessage.of(
                "Response",
                "Success",
                "ActionID",
                "7",
                "Message",
                "Command output follows",
                "Output",
                "a <b> & 'c' \"d\"",
                "Output",
                "Members:",
                "Output",
                ""),
            AmiMessage.of(
                "Event",
                "UserEvent",
                "Privilege",
                "user,all",
                "UserEvent",
                "X",
                "Custom-Header",
                "1",
                "3rdParty",
                "yes",
                "ActionID",
                "7"));
    byte[] xml = XmlTranslate.toXml(original).getBytes(StandardCharsets.UTF_8);
    List<AmiMessage> decoded = DecodedBody.of(HttpEndpoint.Format.XML, xml, 3).messages();
    assertEquals(original.size(), decoded.size());
    for (int m = 0; m < original.size(); m++) {
      AmiMessage a = original.get(m);
      AmiMessage b = decoded.get(m);
      assertEquals(a.size(), b.size());
      for (int i = 0; i < a.size(); i++) {
        assertEquals(XmlHeaderNames.xmlForm(a.name(i)), XmlHeaderNames.xmlForm(b.name(i)));
        assertEquals(a.value(i), b.value(i));
      }
    }
    assertEquals(List.of("a <b> & 'c' \"d\"", "Members:", ""), decoded.get(0).getAll("Output"));
    assertEquals("custom_header", decoded.get(1).name(3), "unknown names stay as Asterisk wrote");
    assertEquals("_3rdparty", decoded.get(1).name(4));
  }

  @Test
  void eventHeadersTakeTheCaseTheirBindingDocuments() {
    EventType<GenericEvent> hangup =
        new EventType<>(
            "Hangup",
            GenericEvent.class,
            Set.of(),
            Set.of("Cause-txt", "ChannelStateDesc"),
            GenericEvent::new);
    Bindings bindings = bindingsOf(hangup);
    XmlHeaderNames names = new XmlHeaderNames(bindings);
    assertEquals("Cause-txt", names.restore("cause_txt", "Hangup"));
    assertEquals("ChannelStateDesc", names.restore("channelstatedesc", null));
    assertEquals("weird_one", names.restore("weird_one", "Hangup"));
    assertEquals("ActionID", names.restore("actionid", "Hangup"));
  }

  @Test
  void legacyCommandOpaqueDataBecomesTheBodyAsTheTextReaderMakesIt() {
    String text =
        "Response: Follows\r\nPrivilege: Command\r\nActionID: 9\r\n"
            + "No such command 'x'\nsecond line\n--END COMMAND--\r\n\r\n";
    String xml =
        "<ajax-response>\n<response type='object' id='unknown'><generic response='Follows'"
            + " privilege='Command' actionid='9' opaque_data='No such command &apos;x&apos;\n"
            + "second line\n--END COMMAND--' /></response>\n</ajax-response>\n";
    AmiMessage fromText =
        DecodedBody.of(HttpEndpoint.Format.TEXT, bytes(text), 1000).messages().get(0);
    AmiMessage fromXml =
        DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 1000).messages().get(0);
    assertEquals(fromText, fromXml);
    assertEquals("No such command 'x'\nsecond line\n", fromXml.body().orElseThrow());
  }

  @Test
  void opaqueDataOutsideACommandStaysAsBareLines() {
    String xml =
        "<response type='object' id='d'><ajaxobj event='Odd' opaque_data='line one\nline two'"
            + " /></response>";
    AmiMessage m = DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 1).messages().get(0);
    assertEquals(
        List.of(
            new Header("Event", "Odd"), Header.bareLine("line one"), Header.bareLine("line two")),
        m.headers());
  }

  @Test
  void resolvesNumericReferencesAndKeepsUnknownEntities() {
    String xml =
        "<response type='object' id='u'><generic event='E' a='&#65;&#x42;&nbsp;&amp;'"
            + " b=\"it's\" /></response>";
    AmiMessage m = DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 4).messages().get(0);
    assertEquals("AB&nbsp;&", m.get("a"));
    assertEquals("it's", m.get("b"));
  }

  @Test
  void aBadElementIsReportedAndTheNextOneStillDecoded() {
    String xml =
        "<ajax-response>\n<response type='object' id='u'><generic event='A' broken /></response>\n"
            + "<response type='object' id='u'><generic event='B' x='1' /></response>\n"
            + "junk<response type='object' id='u'><generic event='C' /></response>\n"
            + "</ajax-response>\n";
    DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 2);
    assertEquals(
        List.of("B", "C"), decoded.messages().stream().map(AmiMessage::eventName).toList());
    assertEquals(2, decoded.errors().size());
    assertEquals(4, decoded.errors().get(1).line(), decoded.errors().get(1).toString());
    FrameError error = decoded.errors().get(0);
    assertEquals(FrameError.Kind.MALFORMED_LINE, error.kind());
    assertEquals(2, error.line(), error.toString());
    assertTrue(error.detail().contains("broken"), error.detail());
  }

  @Test
  void invalidUtf8IsKeptAsLatin1AndReported() {
    // A lone 0xE9 byte: é in ISO-8859-1, invalid as UTF-8.
    byte[] xml = "<response><g v='a\u00e9'/></response>".getBytes(StandardCharsets.ISO_8859_1);
    DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.XML, xml, 100);
    assertEquals("aé", decoded.messages().get(0).get("v"));
    assertEquals(FrameError.Kind.INVALID_ENCODING, decoded.errors().get(0).kind());
  }

  @Test
  void anOversizedElementIsSkippedWithinTheLimitAndTheRestDecoded() {
    String big = "x".repeat(5000);
    String xml =
        "<ajax-response>\n<response type='object' id='u'><generic event='Big' v='"
            + big
            + "' /></response>\n<response type='object' id='u'><generic event='Small' />"
            + "</response>\n</ajax-response>\n";
    FrameLimits limits = new FrameLimits(1024, 100, 2048, OverflowAction.SKIP_MESSAGE);
    DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 100, limits);
    assertEquals(List.of("Small"), decoded.messages().stream().map(AmiMessage::eventName).toList());
    assertEquals(FrameError.Kind.MESSAGE_TOO_LARGE, decoded.errors().get(0).kind());
  }

  @Test
  void tooManyAttributesAreRefusedAndATruncatedBodyReported() {
    String xml =
        "<response type='object' id='u'><generic a='1' b='2' c='3' /></response>"
            + "<response type='object' id='u'><generic event='cut'";
    FrameLimits limits = new FrameLimits(1024, 2, 4096, OverflowAction.SKIP_MESSAGE);
    DecodedBody decoded = DecodedBody.of(HttpEndpoint.Format.XML, bytes(xml), 9, limits);
    assertEquals(List.of(), decoded.messages());
    assertEquals(
        List.of(FrameError.Kind.MESSAGE_TOO_LARGE, FrameError.Kind.TRUNCATED),
        decoded.errors().stream().map(FrameError::kind).toList());
  }

  @Test
  void xmlFormIsAsterisksNameEscaping() {
    assertEquals("channelstatedesc", XmlHeaderNames.xmlForm("ChannelStateDesc"));
    assertEquals("cause_txt", XmlHeaderNames.xmlForm("Cause-txt"));
    assertEquals("_1st_x_y", XmlHeaderNames.xmlForm("1st x(y"));
    assertEquals("opaque_data", XmlHeaderNames.xmlForm("Opaque-data"));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Bindings bindingsOf(EventType<?> type) {
    return new Bindings() {
      @Override
      public EventType<?> event(String name) {
        return name.equals(type.name()) ? type : null;
      }

      @Override
      public org.amiframework.core.api.ActionType<?> action(String name) {
        return null;
      }

      @Override
      public java.util.Collection<EventType<?>> events() {
        return List.of(type);
      }

      @Override
      public java.util.Collection<org.amiframework.core.api.ActionType<?>> actions() {
        return List.of();
      }

      @Override
      public String source() {
        return "test";
      }
    };
  }
}
