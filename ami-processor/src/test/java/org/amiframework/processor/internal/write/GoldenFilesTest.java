package org.amiframework.processor.internal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.GenerationRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated source of a few classes of the widget fixture and its overlay, compared with
 * reviewed copies in src/test/resources/golden. After a deliberate change of the output, regenerate
 * them with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDEN_SOURCE_DIR = Path.of("src/test/resources/golden");

  private static List<JavaFile> generate() {
    return new BindingsGenerator()
        .generate(
            new GenerationRequest(
                Fixtures.path("fixtures/widgets.xml"),
                "widgets.xml",
                List.of(
                    new GenerationRequest.Input(
                        Fixtures.path("overlays/widgets.overlay"), "widgets.overlay")),
                "org.example.widgets",
                "Widget",
                "",
                true))
        .files();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "event/WidgetEntry", // snapshots, an enum, a number
        "action/WidgetList", // an event-list action
        "action/WidgetCreate", // a required parameter, variables, a default
        "enums/Colour",
        "enums/Result", // numbers named by their documented labels
        "WidgetBindings"
      })
  void generatedSourceMatchesTheGoldenFile(String name) throws IOException {
    String qualified = "org.example.widgets." + name.replace('/', '.');
    JavaFile file =
        generate().stream()
            .filter(f -> (f.packageName() + "." + f.typeSpec().name()).equals(qualified))
            .findFirst()
            .orElseThrow(() -> new AssertionError("not generated: " + qualified));
    String golden = "golden/" + name.substring(name.indexOf('/') + 1) + ".java";
    String actual = file.toString();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(
          GOLDEN_SOURCE_DIR.resolve(golden.substring(7)), actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        Fixtures.text(golden),
        actual,
        "generated "
            + qualified
            + " differs from "
            + golden
            + " (regenerate with -Dgolden.update=true if the change is meant)");
  }
}
