package org.amiframework.samples.custombindings;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The user project in {@code samples/custom-bindings}, built here as its pom builds it (javac with
 * ami-processor on the processor path and {@code -Aami.basedir} set), so that the framework's own
 * build covers it without a nested Maven run.
 */
final class CustomBindingsSample {

  /** The project's directory; Surefire runs with {@code basedir} set to the samples module. */
  static final Path DIRECTORY =
      Path.of(System.getProperty("basedir", ".")).resolve("custom-bindings").toAbsolutePath();

  private CustomBindingsSample() {}

  /**
   * What compiling the project's main and test sources gave.
   *
   * @param succeeded whether javac succeeded
   * @param diagnostics every diagnostic, one per line, with file and line
   * @param classes where the classes went
   * @param generated where the generated sources went
   */
  record Build(boolean succeeded, List<String> diagnostics, Path classes, Path generated) {}

  /** Compiles the project's main and test sources into {@code output}. */
  static Build compile(Path output) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated-sources"));
    List<String> options =
        List.of(
            "-d",
            classes.toString(),
            "-s",
            generated.toString(),
            "-classpath",
            testClassPath(),
            "--release",
            "17",
            "-Xlint:all,-processing",
            "-Aami.basedir=" + DIRECTORY);
    List<Path> sources = new ArrayList<>(javaFiles(DIRECTORY.resolve("src/main/java")));
    sources.addAll(javaFiles(DIRECTORY.resolve("src/test/java")));
    boolean succeeded;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collected, Locale.ROOT, UTF_8)) {
      succeeded =
          javac
              .getTask(
                  null, files, collected, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
    }
    List<String> diagnostics =
        collected.getDiagnostics().stream().map(CustomBindingsSample::describe).toList();
    return new Build(succeeded, diagnostics, classes, generated);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where =
        d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
    return d.getKind() + " " + where + d.getMessage(Locale.ROOT);
  }

  /** Surefire hides the class path in a manifest-only jar and says it here. */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the sources under " + root, e);
    }
  }
}
