package org.amiframework.processor.internal.definitions;

import java.util.List;
import java.util.Objects;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * One action ({@code <manager>}), duplicates merged.
 *
 * @param name the exact action name
 * @param synopsis the first synopsis found, whitespace collapsed, or empty
 * @param modules the modules that define it, in order of appearance
 * @param since the versions of its {@code <since>} element
 * @param parameters the documented parameters, united by name, in order of appearance
 * @param listItems the item events its {@code <responses><list-elements>} documents
 * @param completionEvent the completion event its {@code <responses>} documents, or null
 * @param location its first definition
 */
public record ActionDefinition(
    String name,
    String synopsis,
    List<String> modules,
    List<String> since,
    List<ParameterDefinition> parameters,
    List<String> listItems,
    String completionEvent,
    SourceLocation location) {

  /** Validates and copies. */
  public ActionDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(synopsis, "synopsis");
    modules = List.copyOf(modules);
    since = List.copyOf(since);
    parameters = List.copyOf(parameters);
    listItems = List.copyOf(listItems);
    Objects.requireNonNull(location, "location");
  }

  /** A copy with other parameters. */
  public ActionDefinition withParameters(List<ParameterDefinition> params) {
    return new ActionDefinition(
        name, synopsis, modules, since, params, listItems, completionEvent, location);
  }
}
