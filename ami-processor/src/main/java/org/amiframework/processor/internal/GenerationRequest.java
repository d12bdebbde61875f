package org.amiframework.processor.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the inputs found by the shell, free of javac types so the pipeline runs in
 * plain unit tests.
 *
 * @param definitions the definitions file
 * @param definitionsName the file as the user named it (for messages and headers)
 * @param overlays the user's overlay files, later ones winning
 * @param packageName the package that receives the bindings
 * @param bindingsBaseName the base of the catalog's name ({@code Pbx} for {@code PbxBindings})
 * @param asteriskVersion the version the file documents, or blank to take it from the file name
 * @param generatedAnnotation whether {@code javax.annotation.processing.Generated} is available
 */
public record GenerationRequest(
    Path definitions,
    String definitionsName,
    List<Input> overlays,
    String packageName,
    String bindingsBaseName,
    String asteriskVersion,
    boolean generatedAnnotation) {

  /**
   * An input file.
   *
   * @param path where it is
   * @param name how the user named it
   */
  public record Input(Path path, String name) {}

  /** Validates and copies. */
  public GenerationRequest {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(definitionsName, "definitionsName");
    overlays = List.copyOf(overlays);
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(bindingsBaseName, "bindingsBaseName");
    Objects.requireNonNull(asteriskVersion, "asteriskVersion");
  }
}
