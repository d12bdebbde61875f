package org.amiframework.processor.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an input file the annotation names. An absolute path is taken as is. A relative path is
 * resolved against the module base directory: the {@code ami.basedir} processor option when given;
 * otherwise the first directory, walking up from the annotated {@code package-info.java}, where the
 * path exists (from {@code src/main/java/com/example/} that reaches the module); otherwise the
 * working directory.
 */
public final class InputLocator {

  private final List<Path> bases;

  private InputLocator(List<Path> bases) {
    this.bases = List.copyOf(bases);
  }

  /**
   * Creates a locator.
   *
   * @param baseDir the {@code ami.basedir} option, or null
   * @param sourceFile the annotated source file, or null when the compiler does not say
   * @param workingDir the working directory
   */
  public static InputLocator of(String baseDir, Path sourceFile, Path workingDir) {
    List<Path> bases = new ArrayList<>();
    if (baseDir != null && !baseDir.isBlank()) {
      bases.add(Path.of(baseDir));
    } else {
      if (sourceFile != null) {
        for (Path p = sourceFile.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
          bases.add(p);
        }
      }
      bases.add(workingDir);
    }
    return new InputLocator(bases);
  }

  /** The file, if it exists where this locator looks. */
  public Optional<Path> find(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path base : bases) {
      Path candidate = base.resolve(p);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Where it looks, for the message when a file is not found. */
  public String describe(String path) {
    if (Path.of(path).isAbsolute()) {
      return path;
    }
    if (bases.size() == 1) {
      return bases.get(0).resolve(path).toString();
    }
    return "each of "
        + bases.get(0)
        + " and its parents, and "
        + bases.get(bases.size() - 1)
        + " (set -Aami.basedir=${project.basedir} to name the module directory)";
  }
}
