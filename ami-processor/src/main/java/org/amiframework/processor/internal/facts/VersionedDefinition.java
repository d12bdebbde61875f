package org.amiframework.processor.internal.facts;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One action or event of the facts, merged over every version that documents it.
 *
 * @param definition the merged definition
 * @param versions the versions that document it, newest first
 * @param parameterVersions for each parameter that not all of those versions document, the versions
 *     that do, newest first
 * @param correction why the facts differ from what the documentation says, or null
 * @param <D> {@code ActionDefinition} or {@code EventDefinition}
 */
public record VersionedDefinition<D>(
    D definition,
    List<String> versions,
    Map<String, List<String>> parameterVersions,
    String correction) {

  /** Validates and copies. */
  public VersionedDefinition {
    Objects.requireNonNull(definition, "definition");
    versions = List.copyOf(versions);
    parameterVersions = Map.copyOf(parameterVersions);
  }

  /** The versions documenting a parameter of this definition, newest first. */
  public List<String> versionsOf(String parameter) {
    return parameterVersions.getOrDefault(parameter, versions);
  }
}
