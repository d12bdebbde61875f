package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Everything the writer needs, decided: the output of the planning step.
 *
 * @param bindingsClass the catalog class ({@code com.example.pbx.PbxBindings})
 * @param definitionsFile the definitions file as the user named it
 * @param asteriskVersion the Asterisk version the file documents, or "unknown"
 * @param events the event classes, sorted by name
 * @param actions the action classes, sorted by name
 * @param enums the enums, sorted by name
 */
public record BindingsPlan(
    ClassName bindingsClass,
    String definitionsFile,
    String asteriskVersion,
    List<EventPlan> events,
    List<ActionPlan> actions,
    List<EnumPlan> enums) {

  /** Copies. */
  public BindingsPlan {
    events = List.copyOf(events);
    actions = List.copyOf(actions);
    enums = List.copyOf(enums);
  }

  /** The package the bindings go to. */
  public String packageName() {
    return bindingsClass.packageName();
  }
}
