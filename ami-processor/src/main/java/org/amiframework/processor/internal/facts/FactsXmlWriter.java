package org.amiframework.processor.internal.facts;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.EnumValue;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.definitions.ParameterDefinition;

/**
 * Writes {@link Facts} as a documentation file the processor reads like Asterisk's own: {@code
 * <manager>} and {@code <managerEvent>} elements with their parameters, enum values, classes,
 * modules and {@code <since>}, snapshot groups as {@code <channel_snapshot>}, and an action's list
 * events as {@code xi:include}s of the events, defined once each. No prose is written but a
 * synopsis, and a number's short name in an enum value's {@code <para>}.
 *
 * <p>A {@code versions} attribute (ignored by the processor) says which Asterisk versions document
 * each action and event, and each parameter that not all of them document. The output depends only
 * on the facts, so regenerating from the same files gives the same bytes.
 */
public final class FactsXmlWriter {

  private static final String INCLUDE_NS = "http://www.w3.org/2001/XInclude";

  private final XMLStreamWriter xml;
  private int depth;

  private FactsXmlWriter(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /**
   * Writes the facts.
   *
   * @param facts what to write
   * @param header the text of the comment that opens the file (what it is, how to regenerate it)
   * @param out where to (not closed)
   */
  public static void write(Facts facts, String header, Writer out) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    FactsXmlWriter w = new FactsXmlWriter(xml);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeComment(
        "\n" + header.strip().indent(2).replaceAll("(?m)^ +$", "").stripTrailing() + "\n");
    xml.writeCharacters("\n");
    xml.writeStartElement("docs");
    xml.writeNamespace("xi", INCLUDE_NS);
    xml.writeAttribute("versions", String.join(" ", facts.versions()));
    w.depth = 1;
    for (VersionedDefinition<ActionDefinition> a : facts.actions()) {
      w.action(a);
    }
    for (VersionedDefinition<EventDefinition> e : facts.events()) {
      w.event(e);
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private void action(VersionedDefinition<ActionDefinition> v) throws XMLStreamException {
    ActionDefinition a = v.definition();
    List<String> modules = a.modules();
    start("manager", "name", a.name(), "module", first(modules), "versions", join(v.versions()));
    since(a.since());
    synopsis(a.synopsis());
    syntax(a.parameters(), v);
    if (!a.listItems().isEmpty() || a.completionEvent() != null) {
      start("responses");
      if (!a.listItems().isEmpty()) {
        start("list-elements");
        for (String item : a.listItems()) {
          includeEvent(item);
        }
        end();
      }
      if (a.completionEvent() != null) {
        includeEvent(a.completionEvent());
      }
      end();
    }
    end();
    // Asterisk defines some actions once per module (app_voicemail and its IMAP and ODBC builds);
    // the processor merges repeated definitions as it does in Asterisk's own file.
    for (String module : modules.subList(Math.min(1, modules.size()), modules.size())) {
      empty("manager", "name", a.name(), "module", module);
    }
  }

  private void event(VersionedDefinition<EventDefinition> v) throws XMLStreamException {
    EventDefinition e = v.definition();
    if (v.correction() != null) {
      comment(v.correction());
    }
    start("managerEvent", "name", e.name(), "versions", join(v.versions()));
    int instances = Math.max(1, Math.max(e.classes().size(), e.modules().size()));
    for (int i = 0; i < instances; i++) {
      String cls = e.classes().isEmpty() ? null : e.classes().get(i % e.classes().size());
      String[] attributes = {
        "class", cls == null ? null : "EVENT_FLAG_" + cls.toUpperCase(Locale.ROOT),
        "module", i < e.modules().size() ? e.modules().get(i) : null
      };
      if (i > 0) {
        empty("managerEventInstance", attributes);
        continue;
      }
      start("managerEventInstance", attributes);
      since(e.since());
      synopsis(e.synopsis());
      syntax(e.parameters(), v);
      end();
    }
    end();
  }

  private void syntax(List<ParameterDefinition> parameters, VersionedDefinition<?> v)
      throws XMLStreamException {
    if (parameters.isEmpty()) {
      return;
    }
    start("syntax");
    List<SnapshotGroups.Item> items =
        SnapshotGroups.of(parameters, run -> run.stream().allMatch(p -> sameVersions(p, run, v)));
    for (SnapshotGroups.Item item : items) {
      if (item.element() == null) {
        parameter(item.parameters().get(0), v);
      } else {
        ParameterDefinition p = item.parameters().get(0);
        empty(
            item.element(),
            "prefix",
            item.prefix().isEmpty() ? null : item.prefix(),
            "versions",
            partialVersions(p, v));
      }
    }
    end();
  }

  private static boolean sameVersions(
      ParameterDefinition p, List<ParameterDefinition> run, VersionedDefinition<?> v) {
    return v.versionsOf(p.name()).equals(v.versionsOf(run.get(0).name()));
  }

  private void parameter(ParameterDefinition p, VersionedDefinition<?> v)
      throws XMLStreamException {
    String[] attributes = {
      "name", p.name(),
      "required", p.required() ? "true" : null,
      "default", p.defaultValue(),
      "versions", partialVersions(p, v)
    };
    if (p.enumValues().isEmpty()) {
      empty("parameter", attributes);
      return;
    }
    start("parameter", attributes);
    start("enumlist");
    for (EnumValue value : p.enumValues()) {
      if (value.label() == null) {
        empty("enum", "name", value.value());
      } else {
        start("enum", "name", value.value());
        text("para", value.label());
        end();
      }
    }
    end();
    end();
  }

  private void since(List<String> versions) throws XMLStreamException {
    if (!versions.isEmpty()) {
      start("since");
      for (String version : versions) {
        text("version", version);
      }
      end();
    }
  }

  private void synopsis(String text) throws XMLStreamException {
    if (!text.isEmpty()) {
      text("synopsis", text);
    }
  }

  private void includeEvent(String name) throws XMLStreamException {
    indent();
    xml.writeEmptyElement("xi", "include", INCLUDE_NS);
    xml.writeAttribute("xpointer", "xpointer(/docs/managerEvent[@name='" + name + "'])");
  }

  private static String partialVersions(ParameterDefinition p, VersionedDefinition<?> v) {
    List<String> versions = v.versionsOf(p.name());
    return versions.equals(v.versions()) ? null : join(versions);
  }

  private static String join(List<String> versions) {
    return String.join(" ", versions);
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private void start(String name, String... attributes) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    attributes(attributes);
    depth++;
  }

  private void empty(String name, String... attributes) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(name);
    attributes(attributes);
  }

  private void text(String name, String text) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private void comment(String text) throws XMLStreamException {
    indent();
    xml.writeComment(" " + text.replace("--", "- -") + " ");
  }

  private void end() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  private void attributes(String[] nameValuePairs) throws XMLStreamException {
    for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
      if (nameValuePairs[i + 1] != null) {
        xml.writeAttribute(nameValuePairs[i], nameValuePairs[i + 1]);
      }
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
