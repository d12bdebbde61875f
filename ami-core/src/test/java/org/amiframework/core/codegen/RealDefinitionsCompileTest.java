package org.amiframework.core.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ami-processor on each real documentation file: the bindings generate and compile against the real
 * API under -Xlint:all, with one class for every distinct action and event name of the file.
 */
class RealDefinitionsCompileTest {

  @ParameterizedTest
  @ValueSource(strings = {"20.20.1", "22.10.1"})
  void everyActionAndEventCompilesWithoutJavacWarnings(String version) {
    Compilation c = RealDefinitions.compile(version);
    assertThat(c).succeeded();
    List<String> javacWarnings =
        c.warnings().stream()
            .map(w -> w.getMessage(null))
            .filter(m -> !m.startsWith("[AMI-W"))
            .toList();
    assertEquals(List.of(), javacWarnings, "warnings other than the processor's data oddities");
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.getMessage(null).startsWith("[AMI-W001]")),
        "the known EVENT_FLAG_CLASS oddity is reported");
    for (Diagnostic<? extends JavaFileObject> w : c.warnings()) {
      assertEquals(2, w.getLineNumber(), "reported at the definitions value: " + w);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"20.20.1", "22.10.1"})
  void generatesOneClassPerDistinctActionAndEventName(String version) {
    Compilation c = RealDefinitions.compile(version);
    String pkg = "/" + RealDefinitions.packageOf(version).replace('.', '/');
    Set<String> actions = RealDefinitions.distinctNames(version, "manager");
    Set<String> events = RealDefinitions.distinctNames(version, "managerEvent");
    assertTrue(actions.size() > 150 && events.size() > 180, actions.size() + "/" + events.size());
    assertEquals(actions.size(), count(c, pkg + "/action/"), "actions");
    assertEquals(events.size(), count(c, pkg + "/event/"), "events");
  }

  private static long count(Compilation c, String dir) {
    return c.generatedSourceFiles().stream().filter(f -> f.toUri().getPath().contains(dir)).count();
  }
}
