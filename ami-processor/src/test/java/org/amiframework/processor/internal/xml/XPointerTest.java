package org.amiframework.processor.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XPointerTest {

  private static final String DOC =
      "<docs><manager name='A'><syntax><parameter name='X'><para>one</para><para>two</para>"
          + "</parameter><parameter name='ReportXFoo'/><parameter name='Y'/></syntax></manager>"
          + "<manager name='B'/></docs>";

  private static XmlElement root() throws Exception {
    return XmlTreeReader.read(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)), "t");
  }

  private static List<String> names(String pointer) throws Exception {
    return XPointer.parse(pointer).orElseThrow().select(root()).stream()
        .map(n -> n instanceof XmlElement e ? e.name() + ":" + e.attribute("name") : "text")
        .toList();
  }

  @Test
  void selectsByAttributeEquality() throws Exception {
    assertEquals(
        List.of("parameter:Y"),
        names("xpointer(/docs/manager[@name='A']/syntax/parameter[@name='Y'])"));
  }

  @Test
  void selectsEveryMatchWithoutPredicate() throws Exception {
    assertEquals(
        List.of("parameter:X", "parameter:ReportXFoo", "parameter:Y"),
        names("xpointer(/docs/manager[@name='A']/syntax/parameter)"));
  }

  @Test
  void supportsContainsPositionAndRelativePaths() throws Exception {
    assertEquals(
        List.of("parameter:ReportXFoo"),
        names("xpointer(docs/manager/syntax/parameter[contains(@name, 'ReportX')])"));
    List<XmlNode> second =
        XPointer.parse("xpointer(/docs/manager/syntax/parameter[@name='X']/para[2])")
            .orElseThrow()
            .select(root());
    assertEquals("two", ((XmlElement) second.get(0)).text());
  }

  @Test
  void nodeAndTextSelectChildNodes() throws Exception {
    assertEquals(List.of("text"), names("xpointer(/docs/manager/syntax/parameter/para[1]/text())"));
    assertEquals(2, names("xpointer(/docs/manager[@name='A']/syntax/parameter[1]/node())").size());
  }

  @Test
  void rejectsWhatItCannotEvaluate() {
    assertTrue(XPointer.parse("element(/1/2)").isEmpty());
    assertTrue(XPointer.parse("xpointer(//parameter)").isEmpty());
    assertTrue(XPointer.parse("xpointer(/docs/manager[last()])").isEmpty());
    assertTrue(XPointer.parse(null).isEmpty());
  }
}
