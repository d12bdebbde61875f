package org.amiframework.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.naming.DefaultNamingStrategy;
import org.amiframework.processor.internal.naming.NamingStrategy;
import org.junit.jupiter.api.Test;

/**
 * The processor inside javac, on the fixtures, with stand-ins of the ami-core types: diagnostics
 * land on the annotation's line, and the generated code compiles cleanly under -Xlint:all.
 */
class BindingsProcessorTest {

  /** Line 2 of every package-info below holds the definitions value: diagnostics point there. */
  private static final int ANNOTATION_LINE = 2;

  private static JavaFileObject packageInfo(String pkg, String attributes) {
    return JavaFileObjects.forSourceLines(
        pkg + ".package-info",
        "@org.amiframework.core.codegen.GenerateBindings(",
        "    " + attributes + ")",
        "package " + pkg + ";");
  }

  private static Compilation compile(JavaFileObject packageInfo) {
    return compile(packageInfo, new BindingsProcessor());
  }

  private static Compilation compile(JavaFileObject packageInfo, BindingsProcessor processor) {
    List<JavaFileObject> sources = new ArrayList<>(Fixtures.stubs());
    sources.add(packageInfo);
    Path base = Fixtures.path("fixtures").getParent();
    return javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all", "-Aami.basedir=" + base)
        .compile(sources);
  }

  @Test
  void generatesCodeThatCompilesWithoutWarnings() {
    JavaFileObject info =
        packageInfo("org.example.widgets", "definitions = \"fixtures/widgets.xml\"");
    Compilation c = compile(info);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("org.example.widgets.event.WidgetEntry");
    assertThat(c).generatedSourceFile("org.example.widgets.action.WidgetCreate");
    assertThat(c).generatedSourceFile("org.example.widgets.enums.ChannelStateDesc");
    assertThat(c).generatedSourceFile("org.example.widgets.WidgetsBindings");
  }

  @Test
  void reportsOdditiesAsWarningsAtTheAnnotationNamingXmlFileAndLine() {
    JavaFileObject info = packageInfo("org.example.odd", "definitions = \"fixtures/oddities.xml\"");
    Compilation c = compile(info);
    assertThat(c).succeeded();
    int classLine = Fixtures.lineOf("fixtures/oddities.xml", "EVENT_FLAG_CLASS");
    assertThat(c)
        .hadWarningContaining("[AMI-W001] fixtures/oddities.xml:" + classLine + ": ")
        .inFile(info)
        .onLine(ANNOTATION_LINE);
    for (String id : List.of("W002", "W003", "W004", "W005", "W006", "W007", "W008", "W009")) {
      assertThat(c)
          .hadWarningContaining("[AMI-" + id + "] fixtures/oddities.xml:")
          .inFile(info)
          .onLine(ANNOTATION_LINE);
    }
    // every warning is the processor's: the generated code itself raises none
    for (Diagnostic<? extends JavaFileObject> w : c.warnings()) {
      assertTrue(w.getMessage(null).startsWith("[AMI-W"), w.getMessage(null));
    }
  }

  @Test
  void suppressedIdsAreNotReported() {
    JavaFileObject info =
        packageInfo(
            "org.example.odd",
            "definitions = \"fixtures/oddities.xml\", suppress = {\"AMI-W004\", \"AMI-W001\"}");
    Compilation c = compile(info);
    assertThat(c).succeeded();
    assertTrue(c.warnings().stream().noneMatch(w -> w.getMessage(null).contains("AMI-W004")));
    assertTrue(c.warnings().stream().noneMatch(w -> w.getMessage(null).contains("AMI-W001")));
    assertThat(c).hadWarningContaining("[AMI-W002]");
  }

  @Test
  void aMissingDefinitionsFileIsAnErrorAtTheAnnotation() {
    JavaFileObject info = packageInfo("org.example.none", "definitions = \"fixtures/absent.xml\"");
    Compilation c = compile(info);
    assertThat(c).failed();
    assertThat(c)
        .hadErrorContaining("[AMI-E001] definitions file \"fixtures/absent.xml\" not found")
        .inFile(info)
        .onLine(ANNOTATION_LINE);
    assertEquals(1, c.errors().size(), c.errors().toString());
  }

  @Test
  void aMissingOverlayFileIsAnErrorAtTheAnnotation() {
    JavaFileObject info =
        packageInfo(
            "org.example.none",
            "definitions = \"fixtures/widgets.xml\", overlays = \"overlays/absent.overlay\"");
    Compilation c = compile(info);
    assertThat(c)
        .hadErrorContaining("[AMI-E001] overlay file \"overlays/absent.overlay\"")
        .inFile(info)
        .onLine(ANNOTATION_LINE);
  }

  @Test
  void malformedXmlIsAnErrorWithTheXmlLine() {
    JavaFileObject info =
        packageInfo("org.example.broken", "definitions = \"fixtures/broken.xml\"");
    Compilation c = compile(info);
    assertThat(c).failed();
    int line = Fixtures.lineOf("fixtures/broken.xml", "</manager>");
    assertThat(c)
        .hadErrorContaining("[AMI-E002] fixtures/broken.xml:" + line + ": not well-formed XML")
        .inFile(info)
        .onLine(ANNOTATION_LINE);
  }

  @Test
  void theUsersOverlayAndNameShapeTheBindings() {
    JavaFileObject info =
        packageInfo(
            "org.example.widgets",
            "definitions = \"fixtures/widgets.xml\", overlays = \"overlays/widgets.overlay\","
                + " name = \"Shop\", asteriskVersion = \"21.1.0\"");
    Compilation c = compile(info);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("org.example.widgets.ShopBindings")
        .contentsAsUtf8String()
        .contains("widgets.xml (Asterisk 21.1.0)");
    assertThat(c)
        .generatedSourceFile("org.example.widgets.event.WidgetEntry")
        .contentsAsUtf8String()
        .contains("public Integer size()");
  }

  @Test
  void aFailureInsideTheProcessorBecomesAnErrorAtTheAnnotation() {
    NamingStrategy failing =
        new DefaultNamingStrategy() {
          @Override
          public String eventClass(String eventName) {
            throw new IllegalStateException("naming broke on " + eventName);
          }
        };
    JavaFileObject info =
        packageInfo("org.example.widgets", "definitions = \"fixtures/widgets.xml\"");
    Compilation c = compile(info, new BindingsProcessor(new BindingsGenerator(failing)));
    assertThat(c).failed();
    assertThat(c)
        .hadErrorContaining(
            "[AMI-E004] ami-processor failed: java.lang.IllegalStateException: naming broke on")
        .inFile(info)
        .onLine(ANNOTATION_LINE);
  }
}
