package org.amiframework.processor.internal.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amiframework.processor.internal.definitions.EnumValue;
import org.amiframework.processor.internal.definitions.ParameterDefinition;

/**
 * The parameters of one definition, united over versions added newest first: a parameter only an
 * older version has is placed after the one it follows there; enum values unite; the first default
 * wins; required only when every version requires it.
 */
final class MergedParameters {

  private static final class Merged {
    final ParameterDefinition first;
    final Map<String, EnumValue> values = new LinkedHashMap<>();
    final List<String> versions = new ArrayList<>();
    String defaultValue;
    boolean requiredInEach = true;

    Merged(ParameterDefinition first) {
      this.first = first;
    }

    void add(String version, ParameterDefinition p) {
      versions.add(version);
      p.enumValues().forEach(v -> values.putIfAbsent(v.value(), v));
      if (defaultValue == null) {
        defaultValue = p.defaultValue();
      }
      requiredInEach &= p.required();
    }
  }

  private final List<String> order = new ArrayList<>();
  private final Map<String, Merged> byName = new HashMap<>();

  /** Adds the parameters one version documents for the definition. */
  void add(String version, List<ParameterDefinition> parameters) {
    String previous = null;
    for (ParameterDefinition p : parameters) {
      Merged m = byName.get(p.name());
      if (m == null) {
        m = new Merged(p);
        byName.put(p.name(), m);
        order.add(previous == null ? 0 : order.indexOf(previous) + 1, p.name());
      }
      m.add(version, p);
      previous = p.name();
    }
  }

  /** The united parameters of a definition documented by {@code versions}. */
  List<ParameterDefinition> merged(List<String> versions) {
    List<ParameterDefinition> out = new ArrayList<>(order.size());
    for (String name : order) {
      Merged m = byName.get(name);
      ParameterDefinition f = m.first;
      out.add(
          new ParameterDefinition(
              f.name(),
              f.baseName(),
              m.requiredInEach && m.versions.size() == versions.size(),
              m.defaultValue,
              List.copyOf(m.values.values()),
              f.description(),
              f.typeHint(),
              f.location()));
    }
    return out;
  }

  /** The versions of each parameter that not all of {@code versions} document. */
  Map<String, List<String>> partialVersions(List<String> versions) {
    Map<String, List<String>> out = new HashMap<>();
    for (Map.Entry<String, Merged> e : byName.entrySet()) {
      if (e.getValue().versions.size() != versions.size()) {
        out.put(e.getKey(), List.copyOf(e.getValue().versions));
      }
    }
    return out;
  }
}
