package org.amiframework.processor.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.definitions.Snapshots;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * Finds, in a definition's parameters, the runs that a {@code <channel_snapshot prefix="P"/>} or
 * {@code <bridge_snapshot/>} expanded to, so the facts can write the element again: it is shorter,
 * and the processor types snapshot fields ({@code PChannelState} is an int, every {@code
 * PChannelStateDesc} one enum) from the element, not from a plain {@code <parameter>}.
 */
final class SnapshotGroups {

  /** A run of parameters, or one parameter ({@code element} null, {@code prefix} null). */
  record Item(String element, String prefix, List<ParameterDefinition> parameters) {}

  private record Kind(
      String element,
      String firstField,
      BiFunction<String, SourceLocation, List<ParameterDefinition>> expansion) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("channel_snapshot", "Channel", Snapshots::channel),
          new Kind("bridge_snapshot", "BridgeUniqueid", Snapshots::bridge));

  private SnapshotGroups() {}

  /**
   * The parameters as items, in order.
   *
   * @param parameters the parameters
   * @param mayGroup whether a run may become one element (all its parameters in the same versions)
   */
  static List<Item> of(
      List<ParameterDefinition> parameters, Predicate<List<ParameterDefinition>> mayGroup) {
    List<Item> out = new ArrayList<>();
    int i = 0;
    while (i < parameters.size()) {
      Item group = groupAt(parameters, i, mayGroup);
      if (group == null) {
        out.add(new Item(null, null, List.of(parameters.get(i))));
        i++;
      } else {
        out.add(group);
        i += group.parameters().size();
      }
    }
    return out;
  }

  private static Item groupAt(
      List<ParameterDefinition> parameters,
      int start,
      Predicate<List<ParameterDefinition>> mayGroup) {
    ParameterDefinition first = parameters.get(start);
    for (Kind kind : KINDS) {
      if (!first.baseName().equals(kind.firstField())
          || !first.name().endsWith(kind.firstField())) {
        continue;
      }
      String prefix = first.name().substring(0, first.name().length() - kind.firstField().length());
      List<ParameterDefinition> expected = kind.expansion().apply(prefix, first.location());
      if (start + expected.size() > parameters.size()) {
        continue;
      }
      List<ParameterDefinition> run = parameters.subList(start, start + expected.size());
      if (sameFields(run, expected) && mayGroup.test(run)) {
        return new Item(kind.element(), prefix, List.copyOf(run));
      }
    }
    return null;
  }

  private static boolean sameFields(List<ParameterDefinition> run, List<ParameterDefinition> exp) {
    for (int i = 0; i < run.size(); i++) {
      ParameterDefinition a = run.get(i);
      ParameterDefinition b = exp.get(i);
      if (!a.name().equals(b.name())
          || !a.baseName().equals(b.baseName())
          || a.typeHint() != b.typeHint()
          || a.required()
          || a.defaultValue() != null
          || !a.enumNames().equals(b.enumNames())
          || !a.description().equals(b.description())) {
        return false;
      }
    }
    return true;
  }
}
