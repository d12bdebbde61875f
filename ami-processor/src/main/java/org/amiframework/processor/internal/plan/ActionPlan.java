package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.amiframework.processor.internal.definitions.ActionDefinition;

/**
 * One action class to write.
 *
 * @param definition what the documentation says
 * @param className the class
 * @param fields the parameters (ActionID excluded: the client adds it), in documented order
 * @param writeClasses the class names of which a user needs one, or null when not known
 * @param result what sending it yields
 */
public record ActionPlan(
    ActionDefinition definition,
    ClassName className,
    List<FieldPlan> fields,
    List<String> writeClasses,
    ResultPlan result) {

  /** Copies. */
  public ActionPlan {
    fields = List.copyOf(fields);
    writeClasses = writeClasses == null ? null : List.copyOf(writeClasses);
  }
}
