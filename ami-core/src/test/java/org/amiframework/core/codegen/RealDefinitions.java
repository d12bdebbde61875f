package org.amiframework.core.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * The real Asterisk documentation files of the shared data, compiled once per version through
 * ami-processor into the package {@code test.v<major>}.
 */
final class RealDefinitions {

  private static final Map<String, Compilation> COMPILED = new ConcurrentHashMap<>();

  private RealDefinitions() {}

  /** The documentation file of an Asterisk version, read from {@code ami.shared.dir}. */
  static Path file(String version) {
    String dir = System.getProperty("ami.shared.dir");
    Path file =
        dir == null ? null : Path.of(dir, "asterisk", "docs", "core-en_US-" + version + ".xml");
    if (file == null || !Files.isRegularFile(file)) {
      fail("the real documentation file must be in ami.shared.dir (" + dir + "): " + file);
    }
    return file;
  }

  /** The package the bindings of a version go to: {@code test.v22}. */
  static String packageOf(String version) {
    return "test.v" + version.substring(0, version.indexOf('.'));
  }

  /** The compilation of a version's bindings, made once per test run. */
  static Compilation compile(String version) {
    return COMPILED.computeIfAbsent(version, RealDefinitions::doCompile);
  }

  private static Compilation doCompile(String version) {
    JavaFileObject info =
        JavaFileObjects.forSourceLines(
            packageOf(version) + ".package-info",
            "@org.amiframework.core.codegen.GenerateBindings(",
            "    definitions = \"" + file(version).toString().replace("\\", "\\\\") + "\",",
            "    name = \"Stock\")",
            "package " + packageOf(version) + ";");
    return javac().withProcessors(processor()).withOptions("-Xlint:all").compile(info);
  }

  /**
   * The processor as javac finds it, through its {@code META-INF/services} registration; by name,
   * so this test does not compile against the processor's classes.
   */
  private static Processor processor() {
    return ServiceLoader.load(Processor.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.getClass().getName().equals("org.amiframework.processor.BindingsProcessor"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("ami-processor is not registered as a Processor"));
  }

  /** The distinct names of {@code <element name="...">} anywhere in the file, by a plain scan. */
  static Set<String> distinctNames(String version, String element) {
    String xml;
    try {
      xml = Files.readString(file(version), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = Pattern.compile("<" + element + "\\s[^>]*?\\bname=\"([^\"]+)\"").matcher(xml);
    Set<String> names = new TreeSet<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
