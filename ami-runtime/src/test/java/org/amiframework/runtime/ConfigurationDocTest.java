package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amiframework.runtime.internal.ConfigKey;
import org.junit.jupiter.api.Test;

/** CONFIGURATION.md documents every key the loader reads. */
class ConfigurationDocTest {

  @Test
  void everyKeyHasARow() throws IOException {
    Path doc = Path.of("CONFIGURATION.md");
    assertTrue(Files.exists(doc), "run from the module directory: " + doc.toAbsolutePath());
    String text = Files.readString(doc);
    for (ConfigKey key : ConfigKey.values()) {
      assertTrue(
          text.contains("| `" + key.key() + "` |"), "CONFIGURATION.md has no row for " + key.key());
    }
  }
}
