package org.amiframework.processor.internal.overlay;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amiframework.processor.internal.definitions.ValueType;

/**
 * What the definitions XML does not say, from the project's own tables and the user's: each
 * action's write classes, which actions answer with an event list, and the type of well-known
 * headers. Keys are case-insensitive, as AMI names are.
 */
public final class Overlay {

  private final Map<String, List<String>> writeClasses;
  private final Map<String, ResultShapeEntry> resultShapes;
  private final Map<String, ValueType> types;
  // Parameters that carry Asterisk's "Variable: name=value" pairs (type "variables"); a Boolean so
  // that a later overlay can also say a parameter is not one.
  private final Map<String, Boolean> variables;

  Overlay(
      Map<String, List<String>> writeClasses,
      Map<String, ResultShapeEntry> resultShapes,
      Map<String, ValueType> types,
      Map<String, Boolean> variables) {
    this.writeClasses = Map.copyOf(writeClasses);
    this.resultShapes = Map.copyOf(resultShapes);
    this.types = Map.copyOf(types);
    this.variables = Map.copyOf(variables);
  }

  /** An overlay that knows nothing. */
  public static Overlay empty() {
    return new Overlay(Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The write classes of an action (empty list: none needed), or null when not known. */
  public List<String> writeClasses(String action) {
    return writeClasses.get(key(action));
  }

  /** How an action is answered, or null when the overlay does not say. */
  public ResultShapeEntry resultShape(String action) {
    return resultShapes.get(key(action));
  }

  /**
   * The type of a header: an entry scoped to the definition ({@code Hangup.Cause}) wins over one
   * for the name alone ({@code Cause}); null when neither exists.
   */
  public ValueType type(String definition, String header) {
    ValueType scoped = types.get(key(definition + "." + header));
    return scoped != null ? scoped : types.get(key(header));
  }

  /**
   * Whether an action's parameter carries {@code name=value} pairs ({@code Originate.Variable}), as
   * the type {@code variables} says; {@code Setvar.Variable} is a plain variable name.
   */
  public boolean isVariables(String action, String parameter) {
    Boolean scoped = variables.get(key(action + "." + parameter));
    return scoped != null ? scoped : variables.getOrDefault(key(parameter), false);
  }

  /** This overlay with {@code top}'s entries replacing those of the same key. */
  public Overlay overriddenBy(Overlay top) {
    Map<String, List<String>> w = new HashMap<>(writeClasses);
    w.putAll(top.writeClasses);
    Map<String, ResultShapeEntry> r = new HashMap<>(resultShapes);
    r.putAll(top.resultShapes);
    Map<String, ValueType> t = new HashMap<>(types);
    t.putAll(top.types);
    Map<String, Boolean> v = new HashMap<>(variables);
    v.putAll(top.variables);
    // a key typed by the top layer is no longer variables, and the reverse
    top.types.keySet().forEach(k -> v.put(k, false));
    top.variables.keySet().forEach(t::remove);
    return new Overlay(w, r, t, v);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
