package org.amiframework.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.GenerationRequest;
import org.amiframework.processor.internal.InputLocator;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.write.CoreTypes;

/**
 * Generates typed AMI bindings for every package annotated with {@code
 * org.amiframework.core.codegen.GenerateBindings}. A thin shell: it reads the annotation, finds the
 * files, runs {@link BindingsGenerator}, and turns its diagnostics into javac messages at the
 * annotation. Nothing thrown inside ever reaches javac: it becomes an error with its cause.
 */
@AutoService(Processor.class)
public final class BindingsProcessor extends AbstractProcessor {

  /** The annotation, by name: this module must not depend on ami-core. */
  public static final String ANNOTATION = "org.amiframework.core.codegen.GenerateBindings";

  /**
   * Annotations of the generated code. The processor claims them, so that {@code -Xlint:processing}
   * does not warn that no processor handled the code it generated.
   */
  private static final Set<String> GENERATED_ANNOTATIONS =
      Set.of("org.amiframework.core.api.EventMetadata", "javax.annotation.processing.Generated");

  /** The processor option naming the module base directory relative paths start from. */
  public static final String BASEDIR_OPTION = "ami.basedir";

  private final BindingsGenerator generator;

  /** The processor javac loads (through {@code META-INF/services}). */
  public BindingsProcessor() {
    this(new BindingsGenerator());
  }

  /** A processor running another generator, for tests of the shell. */
  BindingsProcessor(BindingsGenerator generator) {
    this.generator = generator;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> all = new java.util.HashSet<>(GENERATED_ANNOTATIONS);
    all.add(ANNOTATION);
    return all;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(BASEDIR_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(ANNOTATION)) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        GenerateBindingsMirror mirror = GenerateBindingsMirror.of(element, annotation);
        try {
          generate(element, mirror);
        } catch (RuntimeException | LinkageError e) {
          mirror.report(
              processingEnv.getMessager(),
              Kind.ERROR,
              "["
                  + DiagnosticId.INTERNAL_ERROR.code()
                  + "] ami-processor failed: "
                  + e
                  + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
        }
      }
    }
    return true;
  }

  private void generate(Element element, GenerateBindingsMirror mirror) {
    if (!(element instanceof PackageElement pkg) || pkg.isUnnamed()) {
      mirror.report(
          processingEnv.getMessager(),
          Kind.ERROR,
          "["
              + DiagnosticId.BAD_ANNOTATION.code()
              + "] @GenerateBindings belongs on a package-info.java of a named package");
      return;
    }
    InputLocator locator =
        InputLocator.of(
            processingEnv.getOptions().get(BASEDIR_OPTION),
            sourceFile(element).orElse(null),
            Path.of("").toAbsolutePath());
    String definitions = mirror.definitions();
    Optional<Path> defPath = find(locator, "definitions", definitions, mirror);
    if (defPath.isEmpty()) {
      return;
    }
    List<GenerationRequest.Input> overlays = new ArrayList<>();
    for (String overlay : mirror.overlays()) {
      Optional<Path> p = find(locator, "overlay", overlay, mirror);
      if (p.isEmpty()) {
        return;
      }
      overlays.add(new GenerationRequest.Input(p.get(), overlay));
    }
    String pkgName = pkg.getQualifiedName().toString();
    String base =
        mirror.name().isBlank() ? pkgName.substring(pkgName.lastIndexOf('.') + 1) : mirror.name();
    boolean generated =
        processingEnv.getElementUtils().getTypeElement(CoreTypes.GENERATED.canonicalName()) != null;
    BindingsGenerator.Result result =
        generator.generate(
            new GenerationRequest(
                defPath.get(),
                definitions,
                overlays,
                pkgName,
                base,
                mirror.asteriskVersion(),
                generated));
    for (Diagnostic d : result.diagnostics()) {
      if (d.isError() || !mirror.suppress().contains(d.id().code())) {
        mirror.report(processingEnv.getMessager(), d.id().kind(), d.render());
      }
    }
    for (JavaFile file : result.files()) {
      write(file, element, mirror);
    }
  }

  /** The file, or empty after reporting where it was looked for. */
  private Optional<Path> find(
      InputLocator locator, String what, String path, GenerateBindingsMirror mirror) {
    Optional<Path> found = path.isBlank() ? Optional.empty() : locator.find(path);
    if (found.isEmpty()) {
      mirror.report(
          processingEnv.getMessager(),
          Kind.ERROR,
          "["
              + DiagnosticId.FILE_NOT_READABLE.code()
              + "] "
              + what
              + " file \""
              + path
              + "\" not found; looked in "
              + locator.describe(path));
    }
    return found;
  }

  private void write(JavaFile file, Element origin, GenerateBindingsMirror mirror) {
    String name = file.packageName() + "." + file.typeSpec().name();
    try {
      JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origin);
      try (Writer w = source.openWriter()) {
        file.writeTo(w);
      }
    } catch (IOException e) {
      mirror.report(
          processingEnv.getMessager(),
          Kind.ERROR,
          "[" + DiagnosticId.WRITE_FAILED.code() + "] cannot write " + name + ": " + e);
    }
  }

  /** The annotated file on disk, when the compiler is javac and the source is a file. */
  private Optional<Path> sourceFile(Element element) {
    try {
      com.sun.source.util.Trees trees = com.sun.source.util.Trees.instance(processingEnv);
      com.sun.source.util.TreePath path = trees.getPath(element);
      if (path == null) {
        return Optional.empty();
      }
      URI uri = path.getCompilationUnit().getSourceFile().toUri();
      return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty(); // not javac, or no tree: fall back to the working directory
    }
  }
}
