package org.amiframework.processor.internal.definitions;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;
import org.amiframework.processor.internal.xml.XmlElement;

/**
 * Reads actions and events out of a documentation tree whose includes are resolved: every {@code
 * <manager>} and every {@code <managerEvent>} at any depth (some events exist only inside an
 * action's {@code <responses>}), snapshot groups expanded, duplicates merged.
 *
 * <p>Copies that arrived through an {@code xi:include} are references, not definitions: an action's
 * {@code <list-elements>} that includes {@code Status} names its item, and does not define {@code
 * Status} a second time.
 */
public final class DefinitionsReader {

  private final String file;
  private final Diagnostics diagnostics;
  private final DefinitionCatalog catalog;

  private DefinitionsReader(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.catalog = new DefinitionCatalog(diagnostics);
  }

  /**
   * Reads the definitions of a resolved tree.
   *
   * @param root the root element, includes resolved
   * @param file the file as the user named it, for diagnostics
   * @param diagnostics where oddities go
   */
  public static Definitions read(XmlElement root, String file, Diagnostics diagnostics) {
    DefinitionsReader reader = new DefinitionsReader(file, diagnostics);
    root.walk(reader::visit);
    return reader.catalog.toDefinitions(file);
  }

  private void visit(XmlElement e) {
    if (e.isIncluded()) {
      return;
    }
    if (e.name().equals("manager")) {
      readAction(e);
    } else if (e.name().equals("managerEvent")) {
      readEvent(e);
    }
  }

  private void readAction(XmlElement e) {
    String name = nameOf(e);
    if (name == null) {
      return;
    }
    DefinitionCatalog.Merged m = catalog.action(name, e.attribute("module"), at(e));
    m.synopsis(textOf(e.element("synopsis")));
    m.since.addAll(versions(e));
    parameters(e.element("syntax")).forEach(m::parameter);
    XmlElement responses = e.element("responses");
    if (responses != null) {
      XmlElement items = responses.element("list-elements");
      if (items != null) {
        items.elements("managerEvent").stream()
            .map(i -> i.attribute("name"))
            .filter(n -> n != null && !n.isBlank())
            .forEach(m.listItems::add);
      }
      XmlElement completion = responses.element("managerEvent");
      if (completion != null && m.completionEvent == null) {
        m.completionEvent = completion.attribute("name");
      }
    }
  }

  private void readEvent(XmlElement e) {
    String name = nameOf(e);
    if (name == null) {
      return;
    }
    DefinitionCatalog.Merged m = catalog.event(name, e.attribute("module"), at(e));
    for (XmlElement instance : e.elements("managerEventInstance")) {
      m.module(instance.attribute("module"));
      String symbol = instance.attribute("class");
      String cls = PrivilegeClasses.fromSymbol(symbol);
      if (cls != null) {
        m.classes.add(cls);
      } else {
        diagnostics.report(
            DiagnosticId.UNKNOWN_CLASS,
            new SourceLocation(
                file,
                instance.line(),
                "<managerEventInstance class=\"" + symbol + "\"> of managerEvent " + name),
            "\""
                + symbol
                + "\" is no privilege class (EVENT_FLAG_SYSTEM ... EVENT_FLAG_MESSAGE);"
                + " this instance adds no class");
      }
      m.synopsis(textOf(instance.element("synopsis")));
      m.since.addAll(versions(instance));
      parameters(instance.element("syntax")).forEach(m::parameter);
    }
  }

  private List<ParameterDefinition> parameters(XmlElement syntax) {
    List<ParameterDefinition> out = new ArrayList<>();
    if (syntax == null) {
      return out;
    }
    for (XmlElement child : syntax.elements()) {
      switch (child.name()) {
        case "parameter" -> {
          ParameterDefinition p = parameter(child);
          if (p != null) {
            out.add(p);
          }
        }
        case "channel_snapshot" ->
            out.addAll(Snapshots.channel(child.attribute("prefix"), at(child)));
        case "bridge_snapshot" ->
            out.addAll(Snapshots.bridge(child.attribute("prefix"), at(child)));
        default -> {
          // dataType, category, matchInfo: not headers
        }
      }
    }
    return out;
  }

  private ParameterDefinition parameter(XmlElement p) {
    String name = nameOf(p);
    if (name == null) {
      return null;
    }
    List<EnumValue> values = new ArrayList<>();
    XmlElement enumlist = p.element("enumlist");
    if (enumlist != null) {
      for (XmlElement value : enumlist.elements("enum")) {
        String v = value.attribute("name");
        if (v != null && !v.isEmpty()) {
          values.add(new EnumValue(v, EnumLabels.of(v, value.element("para"))));
        }
      }
    }
    String required = p.attribute("required");
    String dflt = p.attribute("default");
    return new ParameterDefinition(
        name,
        name,
        "yes".equalsIgnoreCase(required) || "true".equalsIgnoreCase(required),
        dflt == null || dflt.isEmpty() ? null : dflt,
        values,
        textOf(p.element("para")),
        null,
        at(p));
  }

  private String nameOf(XmlElement e) {
    String name = e.attribute("name");
    if (name == null || name.isBlank()) {
      diagnostics.report(DiagnosticId.UNNAMED_ELEMENT, at(e), "has no name attribute; skipped");
      return null;
    }
    return name.trim();
  }

  private static List<String> versions(XmlElement e) {
    XmlElement since = e.element("since");
    return since == null
        ? List.of()
        : since.elements("version").stream()
            .map(XmlElement::text)
            .filter(v -> !v.isEmpty())
            .toList();
  }

  private static String textOf(XmlElement e) {
    return e == null ? "" : e.text();
  }

  private SourceLocation at(XmlElement e) {
    return new SourceLocation(file, e.line(), e.describe());
  }
}
