package org.amiframework.processor.tools;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.amiframework.processor.internal.plan.EnumPlan;
import org.amiframework.processor.internal.plan.EventPlan;
import org.amiframework.processor.internal.plan.FieldPlan;

/**
 * A plan as lines of text: everything that shapes the generated API (class names, privilege
 * classes, modules, since, every accessor's name, type and enum, results, enum constants), and
 * nothing of the documentation prose, so two plans compare by what users program against.
 */
final class PlanSummary {

  private PlanSummary() {}

  static List<String> of(BindingsPlan plan) {
    List<String> lines = new ArrayList<>();
    for (EventPlan e : plan.events()) {
      lines.add(
          "event "
              + e.className().simpleName()
              + " "
              + e.definition().name()
              + " classes="
              + e.definition().classes()
              + " modules="
              + e.definition().modules()
              + " since="
              + e.definition().since()
              + " patterns="
              + e.headerPatterns());
      e.fields().forEach(f -> lines.add("  " + field(f)));
    }
    for (ActionPlan a : plan.actions()) {
      lines.add(
          "action "
              + a.className().simpleName()
              + " "
              + a.definition().name()
              + " modules="
              + a.definition().modules()
              + " since="
              + a.definition().since()
              + " write="
              + a.writeClasses()
              + " result="
              + a.result());
      a.fields().forEach(f -> lines.add("  " + field(f) + (f.parameter().required() ? " !" : "")));
    }
    for (EnumPlan e : plan.enums()) {
      lines.add("enum " + e.className().simpleName() + " " + e.constants());
    }
    return lines;
  }

  private static String field(FieldPlan f) {
    return f.header()
        + " "
        + f.javaName()
        + "() "
        + f.type()
        + (f.enumType() == null ? "" : " " + f.enumType().simpleName())
        + " "
        + f.kind()
        + (f.parameter().defaultValue() == null ? "" : " default=" + f.parameter().defaultValue());
  }
}
