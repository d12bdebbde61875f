package org.amiframework.core.internal.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;

/**
 * A test-side port of Asterisk's {@code xml_translate()} ({@code main/manager.c}): what {@code
 * /mxml} makes of AMI messages. Names are escaped by {@code xml_copy_escape()} mode 1|2 (lower
 * case, non-alphanumerics as {@code _}, {@code _} before a leading digit), repeats numbered {@code
 * -2}, {@code -3} by exact name, values trimmed and entity-escaped, bare lines gathered into {@code
 * opaque_data} until the end of the message.
 */
final class XmlTranslate {

  private XmlTranslate() {}

  /** The XML body for these messages. */
  static String toXml(List<AmiMessage> messages) {
    StringBuilder out = new StringBuilder("<ajax-response>\n");
    for (AmiMessage message : messages) {
      out.append("<response type='object' id='unknown'><generic");
      Map<String, Integer> seen = new HashMap<>();
      boolean opaque = false;
      for (int i = 0; i < message.size(); i++) {
        String name = message.name(i);
        String value = message.value(i).strip();
        if (opaque) {
          out.append('\n').append(escapeValue(name.isEmpty() ? value : name + ": " + value));
          continue;
        }
        if (name.isEmpty()) {
          name = "Opaque-data";
          opaque = true;
        }
        int count = seen.merge(name, 1, Integer::sum);
        out.append(' ').append(XmlHeaderNames.xmlForm(name));
        if (count > 1) {
          out.append('-').append(count);
        }
        out.append("='").append(escapeValue(value));
        if (!opaque) {
          out.append('\'');
        }
      }
      if (opaque) {
        out.append('\'');
      }
      out.append(" /></response>\n");
    }
    return out.append("</ajax-response>\n").toString();
  }

  private static String escapeValue(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
