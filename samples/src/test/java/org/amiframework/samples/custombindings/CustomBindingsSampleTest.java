package org.amiframework.samples.custombindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The custom-bindings sample works: its pom runs the processor as a user's would, the processor
 * turns its documentation file into the classes its handler uses, and its own tests pass.
 */
class CustomBindingsSampleTest {

  @TempDir static Path output;

  private static CustomBindingsSample.Build build;

  @BeforeAll
  static void compile() throws IOException {
    build = CustomBindingsSample.compile(output);
  }

  @Test
  void itsDefinitionsGenerateTheClassesItsHandlerAndTestsUse() {
    assertTrue(build.succeeded(), String.join("\n", build.diagnostics()));
    assertEquals(List.of(), build.diagnostics(), "warnings");
    for (String generated :
        List.of(
            "WidgetBindings",
            "event/WidgetAlarm",
            "event/WidgetEntry",
            "event/WidgetListComplete",
            "action/WidgetReset",
            "action/WidgetList",
            "enums/Severity",
            "enums/Colour")) {
      Path source = build.generated().resolve("com/example/widgets/" + generated + ".java");
      assertTrue(Files.exists(source), source + " was not generated");
    }
  }

  @Test
  void itsOwnTestsPass() throws Exception {
    assertTrue(build.succeeded(), String.join("\n", build.diagnostics()));

    Path resources = CustomBindingsSample.DIRECTORY.resolve("src/main/resources");
    URL[] sample = {
      build.classes().toUri().toURL(),
      build.testClasses().toUri().toURL(),
      resources.toUri().toURL()
    };
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(sample, previous)) {
      thread.setContextClassLoader(loader);
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(selectClass(loader.loadClass("com.example.widgets.WidgetWatchdogTest")))
              .build(),
          listener);
      TestExecutionSummary summary = listener.getSummary();
      StringBuilder failures = new StringBuilder();
      summary
          .getFailures()
          .forEach(
              f ->
                  failures
                      .append(f.getTestIdentifier().getDisplayName())
                      .append(": ")
                      .append(f.getException())
                      .append('\n'));
      assertEquals(0, summary.getTotalFailureCount(), failures.toString());
      assertEquals(3, summary.getTestsSucceededCount());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void itsPomPutsTheProcessorOnJavacsPathOnlyAndUsesTheFrameworkBuiltHere() throws Exception {
    Document pom = parse(CustomBindingsSample.DIRECTORY.resolve("pom.xml"));
    Document parent = parse(CustomBindingsSample.DIRECTORY.resolve("../../pom.xml"));

    String frameworkVersion = childText(parent.getDocumentElement(), "version");
    assertEquals(frameworkVersion, text(pom, "ami.version"));
    NodeList processorPath = pom.getElementsByTagName("annotationProcessorPaths");
    assertEquals(1, processorPath.getLength());
    Element processor =
        (Element) ((Element) processorPath.item(0)).getElementsByTagName("path").item(0);
    assertEquals("ami-processor", childText(processor, "artifactId"));
    assertEquals("${ami.version}", childText(processor, "version"));
    assertFalse(hasDependency(pom, "ami-processor"), "the processor belongs on javac's path only");
    NodeList args = pom.getElementsByTagName("arg");
    assertEquals(1, args.getLength());
    assertEquals("-Aami.basedir=${project.basedir}", args.item(0).getTextContent());
    assertEquals(
        "com.example.widgets.WidgetBindings",
        Files.readString(
                CustomBindingsSample.DIRECTORY.resolve(
                    "src/main/resources/META-INF/services/org.amiframework.core.api.Bindings"))
            .trim());
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Document document, String tag) {
    return document.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static boolean hasDependency(Document pom, String artifactId) {
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      if (artifactId.equals(childText((Element) dependencies.item(i), "artifactId"))) {
        return true;
      }
    }
    return false;
  }

  private static String childText(Element element, String tag) {
    for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals(tag)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("<" + element.getTagName() + "> has no <" + tag + ">");
  }
}
