package org.amiframework.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the real-Asterisk reference data; fails loudly (never skips) when it is missing. */
final class SharedData {

  private SharedData() {}

  static Path captures() {
    String dir = System.getProperty("ami.shared.dir");
    if (dir == null) {
      throw new AssertionError(
          "system property ami.shared.dir is not set; run the tests through Maven (the parent pom"
              + " sets it to <repo>/../shared)");
    }
    Path captures = Path.of(dir, "asterisk", "captures");
    if (!Files.isDirectory(captures)) {
      throw new AssertionError("reference captures not found at " + captures.toAbsolutePath());
    }
    return captures;
  }

  static Path capture(String name) {
    Path file = captures().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("reference capture missing: " + file.toAbsolutePath());
    }
    return file;
  }
}
