package org.amiframework.core.codegen;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.DynamicHeaders;
import org.amiframework.core.api.EventMetadata;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.processor.internal.plan.FieldPlan;

/**
 * Accounts for every header of decoded events: typed (and its accessor tried on the real value), a
 * documented header family, a dynamic header, or undocumented (then it must still be readable raw).
 * Collects what the definitions do not know.
 */
final class CaptureAudit {

  private final Map<String, Map<String, FieldPlan>> typedFields;
  private final Set<String> undocumentedEvents = new TreeSet<>();
  private final Map<String, Set<String>> undocumentedHeaders = new TreeMap<>();
  private final Set<String> undocumentedValues = new TreeSet<>();
  private final Set<String> parseFailures = new TreeSet<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private int typedValues;

  /**
   * @param typedFields per event name, its typed headers (case-insensitive) as planned
   */
  CaptureAudit(Map<String, Map<String, FieldPlan>> typedFields) {
    this.typedFields = typedFields;
  }

  void check(String capture, AmiEvent event) throws ReflectiveOperationException {
    AmiMessage m = event.message();
    count(event instanceof GenericEvent ? "events undocumented" : "events typed");
    if (event instanceof GenericEvent) {
      undocumentedEvents.add(event.name());
      return;
    }
    EventMetadata meta = event.getClass().getAnnotation(EventMetadata.class);
    Map<String, FieldPlan> fields = typedFields.get(event.name());
    for (int i = 1; i < m.size(); i++) {
      Header h = m.header(i);
      FieldPlan f = fields.get(h.name());
      if (f != null) {
        count("headers typed");
        tryAccessor(capture, event, f, h);
      } else if (DynamicHeaders.isDynamic(h.name())) {
        count("headers dynamic");
      } else if (inFamily(meta, h.name())) {
        count("headers of a documented family");
      } else {
        count("headers undocumented (raw extras)");
        if (!event.message().getAll(h.name()).contains(h.value())) {
          parseFailures.add(
              capture + ": " + event.name() + "." + h.name() + " is not readable raw");
        }
        undocumentedHeaders.computeIfAbsent(event.name(), k -> new TreeSet<>()).add(h.name());
      }
    }
  }

  private void tryAccessor(String capture, AmiEvent event, FieldPlan f, Header h)
      throws ReflectiveOperationException {
    if (h.value().isBlank() || f.kind() != FieldPlan.Kind.PLAIN) {
      return;
    }
    Object value;
    try {
      value = event.getClass().getMethod(f.javaName()).invoke(event);
    } catch (InvocationTargetException e) {
      parseFailures.add(capture + ": " + event.name() + "." + f.javaName() + "() threw " + e);
      return;
    }
    typedValues++;
    String where = event.name() + "." + h.name() + " = \"" + h.value() + "\"";
    switch (f.type()) {
      case STRING -> {
        if (!h.value().equals(value) && event.message().getAll(h.name()).size() == 1) {
          parseFailures.add(capture + ": " + where + " read as " + value);
        }
      }
      case ENUM -> {
        if (((Enum<?>) value).name().equals("UNRECOGNIZED")) {
          undocumentedValues.add(where);
        }
      }
      default -> {
        if (value == null) {
          parseFailures.add(capture + ": " + where + " is no " + f.type());
        }
      }
    }
  }

  private static boolean inFamily(EventMetadata meta, String header) {
    for (String regex : meta.headerPatterns()) {
      if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(header).matches()) {
        return true;
      }
    }
    return false;
  }

  private void count(String what) {
    counts.merge(what, 1, Integer::sum);
  }

  int typedValues() {
    return typedValues;
  }

  List<String> parseFailures() {
    return List.copyOf(parseFailures);
  }

  List<String> undocumentedEvents() {
    return List.copyOf(undocumentedEvents);
  }

  List<String> undocumentedHeaders() {
    List<String> out = new ArrayList<>();
    undocumentedHeaders.forEach((event, headers) -> headers.forEach(h -> out.add(event + "." + h)));
    return out;
  }

  List<String> undocumentedValues() {
    return List.copyOf(undocumentedValues);
  }

  String report() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((what, n) -> sb.append(String.format("%6d %s%n", n, what)));
    sb.append(String.format("%6d typed values decoded%n", typedValues));
    section(sb, "Events no definition documents", undocumentedEvents());
    section(sb, "Headers their event's definition does not document", undocumentedHeaders());
    section(sb, "Enum values the documentation does not list", undocumentedValues());
    section(sb, "Typed accessors that failed on a real value", parseFailures());
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<String> lines) {
    sb.append('\n').append(title).append(" (").append(lines.size()).append("):\n");
    lines.forEach(l -> sb.append("  ").append(l).append('\n'));
  }
}
