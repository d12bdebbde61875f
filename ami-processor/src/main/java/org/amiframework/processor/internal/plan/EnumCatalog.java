package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amiframework.processor.internal.definitions.EnumValue;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.naming.NameScope;
import org.amiframework.processor.internal.naming.NamingStrategy;

/**
 * Shares one enum among the headers that document the same values under the same name (every {@code
 * ChannelStateDesc} of every snapshot prefix is one {@code ChannelStateDesc}). When one name
 * documents different value sets in different places, each place gets its own enum, named after its
 * owner ({@code QueueMemberStatusStatus}), so no enum means two things.
 */
final class EnumCatalog {

  /** The sentinel constant of every generated enum for values it does not know. */
  static final String UNRECOGNIZED = "UNRECOGNIZED";

  private record Use(String owner, ParameterDefinition parameter) {
    String key() {
      return owner + "." + parameter.name();
    }
  }

  private final NamingStrategy naming;
  private final String packageName;
  // base name -> value set -> uses, all in first-seen order
  private final Map<String, Map<Set<String>, List<Use>>> uses = new LinkedHashMap<>();
  private final Map<String, ClassName> classByUse = new HashMap<>();
  private final List<EnumPlan> plans = new ArrayList<>();

  EnumCatalog(NamingStrategy naming, String packageName) {
    this.naming = naming;
    this.packageName = packageName;
  }

  /** Records that {@code owner}'s parameter is an enum. */
  void add(String owner, ParameterDefinition p) {
    uses.computeIfAbsent(p.baseName(), k -> new LinkedHashMap<>())
        .computeIfAbsent(new LinkedHashSet<>(p.enumNames()), k -> new ArrayList<>())
        .add(new Use(owner, p));
  }

  /** Names every enum; call once, after every {@link #add}. */
  void assignNames() {
    // (wanted name, value set) -> uses; a TreeMap on the name keeps the result independent of
    // the order definitions were read in, up to the numbering of true collisions.
    Map<String, Map<Set<String>, List<Use>>> wanted = new TreeMap<>();
    for (Map.Entry<String, Map<Set<String>, List<Use>>> base : uses.entrySet()) {
      boolean shared = base.getValue().size() == 1;
      for (Map.Entry<Set<String>, List<Use>> group : base.getValue().entrySet()) {
        for (Use u : group.getValue()) {
          String name = naming.enumClass(shared ? base.getKey() : u.owner() + base.getKey());
          wanted
              .computeIfAbsent(name, k -> new LinkedHashMap<>())
              .computeIfAbsent(group.getKey(), k -> new ArrayList<>())
              .add(u);
        }
      }
    }
    NameScope scope = NameScope.forTypes();
    for (Map.Entry<String, Map<Set<String>, List<Use>>> e : wanted.entrySet()) {
      for (List<Use> group : e.getValue().values()) {
        ClassName cls = ClassName.get(packageName, scope.claim(e.getKey()));
        List<String> usedBy = new ArrayList<>();
        for (Use u : group) {
          classByUse.put(u.key(), cls);
          usedBy.add(u.key());
        }
        plans.add(new EnumPlan(cls, constants(group.get(0).parameter()), usedBy));
      }
    }
  }

  private List<EnumPlan.Constant> constants(ParameterDefinition p) {
    NameScope scope = NameScope.forMembers().reserve(UNRECOGNIZED);
    List<EnumPlan.Constant> out = new ArrayList<>();
    for (EnumValue v : p.enumValues()) {
      out.add(
          new EnumPlan.Constant(
              scope.claim(naming.enumConstant(v.value(), v.label())), v.value(), v.label()));
    }
    return out;
  }

  /** The enum of {@code owner}'s parameter. */
  ClassName classOf(String owner, ParameterDefinition p) {
    return classByUse.get(owner + "." + p.name());
  }

  /** Every enum, sorted by name. */
  List<EnumPlan> plans() {
    return plans;
  }
}
