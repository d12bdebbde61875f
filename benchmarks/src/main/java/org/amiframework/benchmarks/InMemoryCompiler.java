package org.amiframework.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Runs javac in this JVM (javax.tools) on sources held in memory and keeps the class files in
 * memory, against the JVM's own class path. Generated sources (annotation processors) stay in
 * memory as well.
 */
final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** The outcome of a compilation: class files by binary name, generated sources by name. */
  record Output(Map<String, byte[]> classes, Map<String, String> generatedSources) {}

  /**
   * Compiles the sources (binary class name to source text) with these extra javac options.
   *
   * @throws IllegalStateException with javac's errors when compilation fails
   */
  static Output compile(Map<String, String> sources, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the benchmarks on a JDK");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    List<String> args = new ArrayList<>(options);
    args.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Memory memory = new Memory(javac.getStandardFileManager(diagnostics, null, null));
    boolean ok = javac.getTask(null, memory, diagnostics, args, null, units).call();
    if (!ok) {
      StringBuilder errors = new StringBuilder("javac failed:");
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append('\n').append(d);
        }
      }
      throw new IllegalStateException(errors.toString());
    }
    Map<String, byte[]> classes = new TreeMap<>();
    memory.classes.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    Map<String, String> generated = new TreeMap<>();
    memory.generated.forEach((name, text) -> generated.put(name, text.toString()));
    return new Output(classes, generated);
  }

  /** A source held as a string. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String binaryName, String text) {
      super(URI.create("mem:///" + binaryName.replace('.', '/') + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Sends every class file and generated source into maps instead of onto the disk. */
  private static final class Memory extends ForwardingJavaFileManager<StandardJavaFileManager> {
    final Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
    final Map<String, StringBuilder> generated = new TreeMap<>();

    Memory(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
      if (kind == JavaFileObject.Kind.CLASS) {
        return new SimpleJavaFileObject(uri, kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
          }
        };
      }
      // A source an annotation processor writes: javac reads it back for the next round.
      StringBuilder text = generated.computeIfAbsent(className, n -> new StringBuilder());
      return new SimpleJavaFileObject(uri, kind) {
        @Override
        public java.io.Writer openWriter() {
          return new java.io.Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
              text.append(buf, off, len);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          };
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return text;
        }
      };
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }

    @Override
    public FileObject getFileForOutput(
        JavaFileManager.Location location, String packageName, String relativeName, FileObject s)
        throws java.io.IOException {
      if (location == StandardLocation.CLASS_OUTPUT || location == StandardLocation.SOURCE_OUTPUT) {
        // Resources a processor writes (service files): kept nowhere, they do not matter here.
        URI uri = URI.create("mem:///" + packageName.replace('.', '/') + "/" + relativeName);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.OTHER) {
          @Override
          public OutputStream openOutputStream() {
            return OutputStream.nullOutputStream();
          }

          @Override
          public java.io.Writer openWriter() {
            return java.io.Writer.nullWriter();
          }
        };
      }
      return super.getFileForOutput(location, packageName, relativeName, s);
    }
  }
}
