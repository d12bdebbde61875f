package org.amiframework.processor.internal.definitions;

import java.util.List;
import java.util.Objects;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * One event ({@code <managerEvent>}), its instances and duplicates merged.
 *
 * @param name the exact event name
 * @param synopsis the first synopsis found, whitespace collapsed, or empty
 * @param modules the modules that define it, in order of appearance
 * @param since the versions of its {@code <since>} elements
 * @param classes the privilege class names ({@code call}), in Asterisk's table order
 * @param parameters the documented headers, united by name, in order of appearance
 * @param location its first definition
 */
public record EventDefinition(
    String name,
    String synopsis,
    List<String> modules,
    List<String> since,
    List<String> classes,
    List<ParameterDefinition> parameters,
    SourceLocation location) {

  /** Validates and copies. */
  public EventDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(synopsis, "synopsis");
    modules = List.copyOf(modules);
    since = List.copyOf(since);
    classes = List.copyOf(classes);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(location, "location");
  }

  /** A copy with other parameters. */
  public EventDefinition withParameters(List<ParameterDefinition> params) {
    return new EventDefinition(name, synopsis, modules, since, classes, params, location);
  }
}
