package org.amiframework.processor.internal.definitions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * Gathers definitions as the reader finds them and merges those that share a name: Asterisk's files
 * define some events in several modules (VarSet three times) and some actions once per build
 * variant (VoicemailRefresh for three voicemail back ends). Parameters unite by name, classes and
 * modules unite, the first synopsis wins.
 */
final class DefinitionCatalog {

  private final Diagnostics diagnostics;
  private final Map<String, Merged> events = new LinkedHashMap<>();
  // Asterisk looks actions up case-insensitively, so two spellings are one action.
  private final Map<String, Merged> actions = new LinkedHashMap<>();

  DefinitionCatalog(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** One definition being merged. */
  static final class Merged {
    final String kind;
    final String name;
    final SourceLocation location;
    String synopsis = "";
    final Set<String> modules = new LinkedHashSet<>();
    final Set<String> since = new LinkedHashSet<>();
    final Set<String> classes = new LinkedHashSet<>();
    final Map<String, ParameterDefinition> parameters = new LinkedHashMap<>();
    final List<String> listItems = new ArrayList<>();
    String completionEvent;

    Merged(String kind, String name, SourceLocation location) {
      this.kind = kind;
      this.name = name;
      this.location = location;
    }

    void synopsis(String text) {
      if (synopsis.isEmpty() && text != null) {
        synopsis = text;
      }
    }

    void module(String module) {
      if (module != null && !module.isBlank()) {
        modules.add(module);
      }
    }

    void parameter(ParameterDefinition p) {
      ParameterDefinition old = parameters.get(p.name());
      if (old == null) {
        parameters.put(p.name(), p);
        return;
      }
      Map<String, EnumValue> values = new LinkedHashMap<>();
      for (EnumValue v : old.enumValues()) {
        values.put(v.value(), v);
      }
      for (EnumValue v : p.enumValues()) {
        values.putIfAbsent(v.value(), v);
      }
      parameters.put(
          p.name(),
          old.withEnumValues(List.copyOf(values.values()))
              .withRequired(old.required() || p.required()));
    }
  }

  /** Starts (or continues, for a duplicate) the event of this name. */
  Merged event(String name, String module, SourceLocation location) {
    return open(events, name, name, "managerEvent", module, location);
  }

  /** Starts (or continues, for a duplicate) the action of this name. */
  Merged action(String name, String module, SourceLocation location) {
    return open(actions, name.toLowerCase(Locale.ROOT), name, "manager", module, location);
  }

  private Merged open(
      Map<String, Merged> map,
      String key,
      String name,
      String kind,
      String module,
      SourceLocation location) {
    Merged existing = map.get(key);
    if (existing == null) {
      Merged m = new Merged(kind, name, location);
      m.module(module);
      map.put(key, m);
      return m;
    }
    diagnostics.report(
        DiagnosticId.DUPLICATE_DEFINITION,
        location,
        kind
            + " "
            + name
            + (module == null ? "" : " (module " + module + ")")
            + " is also defined at line "
            + existing.location.line()
            + (existing.modules.isEmpty()
                ? ""
                : " (module " + String.join(", ", existing.modules) + ")")
            + "; the definitions are merged");
    existing.module(module);
    return existing;
  }

  /** The merged model, sorted by name. */
  Definitions toDefinitions(String file) {
    List<EventDefinition> ev = new ArrayList<>();
    for (Merged m : events.values()) {
      ev.add(
          new EventDefinition(
              m.name,
              m.synopsis,
              List.copyOf(m.modules),
              List.copyOf(m.since),
              PrivilegeClasses.inTableOrder(m.classes),
              List.copyOf(m.parameters.values()),
              m.location));
    }
    List<ActionDefinition> ac = new ArrayList<>();
    for (Merged m : actions.values()) {
      ac.add(
          new ActionDefinition(
              m.name,
              m.synopsis,
              List.copyOf(m.modules),
              List.copyOf(m.since),
              List.copyOf(m.parameters.values()),
              List.copyOf(new LinkedHashSet<>(m.listItems)),
              m.completionEvent,
              m.location));
    }
    ev.sort(Comparator.comparing(EventDefinition::name));
    ac.sort(Comparator.comparing(ActionDefinition::name));
    return new Definitions(file, ac, ev);
  }
}
