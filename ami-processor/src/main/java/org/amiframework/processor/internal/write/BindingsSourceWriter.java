package org.amiframework.processor.internal.write;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.amiframework.processor.internal.plan.EnumPlan;
import org.amiframework.processor.internal.plan.EventPlan;

/** The writing step: every source file of a plan, in a stable order. */
public final class BindingsSourceWriter {

  private final boolean generatedAnnotation;

  /**
   * Creates the writer.
   *
   * @param generatedAnnotation whether to add {@code @javax.annotation.processing.Generated} (only
   *     when the compilation can see it)
   */
  public BindingsSourceWriter(boolean generatedAnnotation) {
    this.generatedAnnotation = generatedAnnotation;
  }

  /** The files of a plan: enums, events, actions, then the catalog. */
  public List<JavaFile> write(BindingsPlan plan) {
    Set<String> names = new HashSet<>();
    plan.enums().forEach(e -> names.add(e.className().simpleName()));
    plan.events().forEach(e -> names.add(e.className().simpleName()));
    plan.actions().forEach(a -> names.add(a.className().simpleName()));
    GeneratedFiles files =
        new GeneratedFiles(
            plan.definitionsFile(), plan.asteriskVersion(), generatedAnnotation, names);
    List<JavaFile> out = new ArrayList<>();
    EnumWriter enums = new EnumWriter(files);
    for (EnumPlan e : plan.enums()) {
      out.add(enums.write(e));
    }
    EventWriter events = new EventWriter(files);
    for (EventPlan e : plan.events()) {
      out.add(events.write(e));
    }
    ActionWriter actions = new ActionWriter(files);
    for (ActionPlan a : plan.actions()) {
      out.add(actions.write(a));
    }
    out.add(new BindingsWriter(files).write(plan));
    return out;
  }
}
