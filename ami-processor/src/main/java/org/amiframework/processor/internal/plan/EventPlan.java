package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.amiframework.processor.internal.definitions.EventDefinition;

/**
 * One event class to write.
 *
 * @param definition what the documentation says
 * @param className the class
 * @param fields the typed headers, in documented order
 * @param headerPatterns regular expressions of documented header families ({@code Report\d+...})
 */
public record EventPlan(
    EventDefinition definition,
    ClassName className,
    List<FieldPlan> fields,
    List<String> headerPatterns) {

  /** Copies. */
  public EventPlan {
    fields = List.copyOf(fields);
    headerPatterns = List.copyOf(headerPatterns);
  }
}
