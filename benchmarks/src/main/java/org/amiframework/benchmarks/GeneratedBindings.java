package org.amiframework.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amiframework.core.api.Bindings;

/**
 * Typed bindings made in this JVM by ami-processor from Asterisk's own documentation file, compiled
 * in memory and loaded by a class loader of their own: the same generator and definitions the stock
 * bindings come from, usable before (or besides) the stock bindings of ami-core.
 */
final class GeneratedBindings {

  static final String PACKAGE = "bench.v22";
  static final String PROCESSOR = "org.amiframework.processor.BindingsProcessor";

  private GeneratedBindings() {}

  /** The documentation file of Asterisk 22.10.1 in the shared data. */
  static Path definitions() {
    Path file = SharedData.dir().resolve("asterisk/docs/core-en_US-22.10.1.xml");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("definitions file not found: " + file);
    }
    return file;
  }

  /** The one source javac needs: a package-info asking for the bindings of {@code definitions}. */
  static Map<String, String> request(Path definitions) {
    String source =
        "@org.amiframework.core.codegen.GenerateBindings(definitions = \""
            + definitions.toString().replace("\\", "\\\\")
            + "\", name = \"Bench\")\n"
            + "package "
            + PACKAGE
            + ";\n";
    return Map.of(PACKAGE + ".package-info", source);
  }

  /** Runs the processor and javac on the definitions; the class files by binary name. */
  static Map<String, byte[]> compile(Path definitions) {
    return InMemoryCompiler.compile(request(definitions), List.of("-processor", PROCESSOR))
        .classes();
  }

  /** Generates, compiles and loads the bindings of the 22.10.1 definitions. */
  static Bindings load() {
    Map<String, byte[]> classes = compile(definitions());
    String catalog =
        classes.keySet().stream()
            .filter(n -> n.startsWith(PACKAGE + ".") && n.endsWith("Bindings"))
            .filter(n -> n.lastIndexOf('.') == PACKAGE.length())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no bindings catalog was generated"));
    ClassLoader loader = new MemoryClassLoader(classes, GeneratedBindings.class.getClassLoader());
    try {
      return (Bindings) loader.loadClass(catalog).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new IllegalStateException("cannot instantiate " + catalog, cause);
    }
  }

  /** Defines classes from their bytes, in memory. */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = classes;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
