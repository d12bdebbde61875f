package org.amiframework.samples.custombindings;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
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
 * ami-processor and its one dependency on the processor path, {@code -Aami.basedir} set, the
 * framework on the class path), so that the framework's own build covers it without a nested Maven
 * run.
 */
final class CustomBindingsSample {

  /** The project's directory; Surefire runs with {@code basedir} set to the samples module. */
  static final Path DIRECTORY =
      Path.of(System.getProperty("basedir", ".")).resolve("custom-bindings").toAbsolutePath();

  private CustomBindingsSample() {}

  /**
   * What compiling the project's main and test sources gave.
   *
   * @param succeeded whether javac succeeded, both times
   * @param diagnostics every diagnostic, one per line, with file and line
   * @param classes where the main classes went
   * @param testClasses where the test classes went
   * @param generated where the generated sources went
   */
  record Build(
      boolean succeeded,
      List<String> diagnostics,
      Path classes,
      Path testClasses,
      Path generated) {}

  /**
   * Compiles the project as Maven does: the main sources with {@code -Aami.basedir} (the bindings
   * are generated then), and the test sources against them.
   */
  static Build compile(Path output) throws IOException {
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path testClasses = Files.createDirectories(output.resolve("test-classes"));
    Path generated = Files.createDirectories(output.resolve("generated-sources"));
    Path generatedTests = Files.createDirectories(output.resolve("generated-test-sources"));
    List<String> diagnostics = new ArrayList<>();
    boolean succeeded =
        javac(
                javaFiles(DIRECTORY.resolve("src/main/java")),
                List.of(
                    "-d",
                    classes.toString(),
                    "-s",
                    generated.toString(),
                    "-classpath",
                    classPath(false),
                    "-Aami.basedir=" + DIRECTORY),
                diagnostics)
            && javac(
                javaFiles(DIRECTORY.resolve("src/test/java")),
                List.of(
                    "-d", testClasses.toString(),
                    "-s", generatedTests.toString(),
                    "-classpath", classes + File.pathSeparator + classPath(false)),
                diagnostics);
    return new Build(succeeded, diagnostics, classes, testClasses, generated);
  }

  private static boolean javac(List<Path> sources, List<String> options, List<String> diagnostics)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
    List<String> all = new ArrayList<>(options);
    all.addAll(
        List.of("-processorpath", classPath(true), "--release", "17", "-Xlint:all,-processing"));
    boolean succeeded;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collected, Locale.ROOT, UTF_8)) {
      succeeded =
          javac
              .getTask(
                  null, files, collected, all, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
    }
    collected.getDiagnostics().stream()
        .map(CustomBindingsSample::describe)
        .forEach(diagnostics::add);
    return succeeded;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where =
        d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
    return d.getKind() + " " + where + d.getMessage(Locale.ROOT);
  }

  /**
   * The processor path (ami-processor and JavaPoet) or the class path (everything else) of this
   * module's tests. Surefire hides its class path in a manifest-only jar and says it here.
   */
  private static String classPath(boolean processors) {
    String all =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Stream.of(all.split(File.pathSeparator))
        .filter(entry -> isProcessorPath(entry) == processors)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean isProcessorPath(String entry) {
    String normalized = entry.replace(File.separatorChar, '/');
    return normalized.contains("/ami-processor/") || normalized.contains("/javapoet/");
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the sources under " + root, e);
    }
  }
}
