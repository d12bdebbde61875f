package org.amiframework.processor;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** The hand-written test inputs in src/test/resources, and where things are in them. */
public final class Fixtures {

  private Fixtures() {}

  /** The path of a resource. */
  public static Path path(String resource) {
    URL url = Fixtures.class.getResource("/" + resource);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a resource. */
  public static String text(String resource) {
    try {
      return Files.readString(path(resource), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The 1-based line of the only line of a fixture that contains {@code marker}, so tests state
   * lines without hard-coding numbers that an edit of the fixture would shift.
   */
  public static int lineOf(String resource, String marker) {
    List<String> lines = text(resource).lines().toList();
    int found = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        if (found != 0) {
          fail(marker + " occurs more than once in " + resource);
        }
        found = i + 1;
      }
    }
    if (found == 0) {
      fail(marker + " does not occur in " + resource);
    }
    return found;
  }

  /** The stand-ins of ami-core's and ami-runtime's types, as sources for compile-testing. */
  public static List<JavaFileObject> stubs() {
    Path root = path("stubs");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .map(
              p ->
                  JavaFileObjects.forResource(
                      "stubs/" + root.relativize(p).toString().replace('\\', '/')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory of the real Asterisk data, from the system property the build sets. */
  public static Path sharedDir() {
    String dir = System.getProperty("ami.shared.dir");
    if (dir == null || !Files.isDirectory(Path.of(dir, "asterisk"))) {
      fail("ami.shared.dir must name the shared data directory (with asterisk/docs); got " + dir);
    }
    return Path.of(dir);
  }
}
