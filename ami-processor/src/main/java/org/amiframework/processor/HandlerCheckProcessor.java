package org.amiframework.processor;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import org.amiframework.processor.internal.handlers.HandlerFinding;
import org.amiframework.processor.internal.handlers.HandlerMethodChecker;
import org.amiframework.processor.internal.handlers.RuntimeNames;

/**
 * Checks handler methods of user code at compile time, with the rules the runtime applies at
 * deployment: an {@code @OnEvent} method with a wrong signature, an invalid {@code @Where}, or a
 * {@code @Where} on a header its generated event class does not document is a compile error at the
 * user's line, with ids {@code AMI-E101} to {@code AMI-E110}. The annotations are read by name:
 * this module does not depend on ami-runtime.
 *
 * <p>A handler whose event class is generated in the same compilation (by {@link
 * BindingsProcessor}) is checked in the round after the class exists.
 */
@AutoService(Processor.class)
public final class HandlerCheckProcessor extends AbstractProcessor {

  // By name: javac re-enters source classes each round, so elements do not outlive a round.
  private final Set<String> waiting = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return RuntimeNames.HANDLER_ANNOTATIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> types = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e.getKind() == ElementKind.METHOD) {
          types.add((TypeElement) e.getEnclosingElement());
        }
      }
    }
    for (String name : waiting) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    waiting.clear();
    HandlerMethodChecker checker =
        new HandlerMethodChecker(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    SourceReporter reporter = new SourceReporter(processingEnv);
    for (TypeElement type : types) {
      List<ExecutableElement> handlers = handlersOf(type);
      if (!round.processingOver()
          && handlers.stream().anyMatch(HandlerMethodChecker::waitsForTypes)) {
        waiting.add(type.getQualifiedName().toString());
        continue;
      }
      for (ExecutableElement m : handlers) {
        for (HandlerFinding f : checker.check(m)) {
          reporter.report(f);
        }
      }
    }
    return true;
  }

  private List<ExecutableElement> handlersOf(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean annotated =
          m.getAnnotationMirrors().stream()
              .anyMatch(
                  a ->
                      RuntimeNames.HANDLER_ANNOTATIONS.contains(
                          ((TypeElement) a.getAnnotationType().asElement())
                              .getQualifiedName()
                              .toString()));
      if (annotated) {
        out.add(m);
      }
    }
    return out;
  }
}
