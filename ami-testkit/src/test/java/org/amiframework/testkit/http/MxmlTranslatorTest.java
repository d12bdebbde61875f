package org.amiframework.testkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The port of {@code xml_translate()}: the rules of §5.4, one by one. */
class MxmlTranslatorTest {

  private static String xml(String amiText) {
    return xml(amiText, null, null);
  }

  private static String xml(String amiText, String dest, String type) {
    byte[] out = MxmlTranslator.translate(amiText.getBytes(StandardCharsets.UTF_8), dest, type);
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void eachBlockIsOneElementWithLowerCaseNamesInOrder() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic response='Success'"
            + " actionid='a1' message='Authentication accepted' /></response>\n"
            + "<response type='object' id='unknown'><generic event='FullyBooted'"
            + " privilege='system,all' /></response>\n"
            + "</ajax-response>\n",
        xml(
            "Response: Success\r\nActionID: a1\r\nMessage: Authentication accepted\r\n\r\n"
                + "Event: FullyBooted\r\nPrivilege: system,all\r\n\r\n"));
  }

  @Test
  void repeatedNamesAreNumberedFromTheSecond() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic output='a' output-2='b'"
            + " output-3='' /></response>\n"
            + "</ajax-response>\n",
        xml("Output: a\r\nOutput: b\r\nOutput: \r\n\r\n"));
  }

  @Test
  void namesKeepOnlyLettersAndDigitsAndNeverStartWithADigit() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic x_my_header='1' _1st='2'"
            + " caf__='3' /></response>\n"
            + "</ajax-response>\n",
        xml("X-My.Header: 1\r\n1st: 2\r\ncafé: 3\r\n\r\n"));
  }

  @Test
  void valuesAreTrimmedAndEscaped() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic calleridname='&quot;Bob&quot;"
            + " &lt;100&gt; &amp; O&apos;Neil' /></response>\n"
            + "</ajax-response>\n",
        xml("CallerIDName:    \"Bob\" <100> & O'Neil  \r\n\r\n"));
  }

  @Test
  void linesWithoutAColonBecomeOpaqueDataUntilTheBlockEnds() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic response='Follows'"
            + " privilege='Command' opaque_data='line one\nline: two\n--END COMMAND--'"
            + " /></response>\n"
            + "</ajax-response>\n",
        xml(
            "Response: Follows\r\nPrivilege: Command\r\nline one\nline: two\n--END COMMAND--\r\n\r\n"));
  }

  @Test
  void anUnendedBlockIsClosedAtTheEndOfTheText() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='unknown'><generic response='Error' /></response>\n"
            + "</ajax-response>\n",
        xml("Response: Error\r\n"));
  }

  @Test
  void noOutputIsAnEmptyAjaxResponse() {
    assertEquals("<ajax-response>\n</ajax-response>\n", xml(""));
  }

  @Test
  void ajaxDestAndObjectTypeNameTheElement() {
    assertEquals(
        "<ajax-response>\n"
            + "<response type='object' id='panel'><peer response='Success' /></response>\n"
            + "</ajax-response>\n",
        xml("Response: Success\r\n\r\n", "panel", "peer"));
  }
}
