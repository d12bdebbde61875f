package org.amiframework.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The values of one {@code @GenerateBindings}, read through the annotation mirror (the processor
 * cannot load the annotation class), and the place to report at: the {@code definitions} value of
 * that annotation, so javac points at the line that named the file.
 */
final class GenerateBindingsMirror {

  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  private GenerateBindingsMirror(Element element, AnnotationMirror mirror) {
    this.element = element;
    this.mirror = mirror;
    this.values = mirror == null ? Map.of() : mirror.getElementValues();
  }

  static GenerateBindingsMirror of(Element element, TypeElement annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m.getAnnotationType().asElement().equals(annotation)) {
        return new GenerateBindingsMirror(element, m);
      }
    }
    return new GenerateBindingsMirror(element, null);
  }

  String definitions() {
    Object v = value("definitions");
    return v == null ? "" : v.toString();
  }

  List<String> overlays() {
    return strings("overlays");
  }

  List<String> suppress() {
    return strings("suppress");
  }

  String name() {
    Object v = value("name");
    return v == null ? "" : v.toString();
  }

  String asteriskVersion() {
    Object v = value("asteriskVersion");
    return v == null ? "" : v.toString();
  }

  void report(Messager messager, Kind kind, String message) {
    AnnotationValue at = annotationValue("definitions");
    if (mirror == null) {
      messager.printMessage(kind, message, element);
    } else if (at == null) {
      messager.printMessage(kind, message, element, mirror);
    } else {
      messager.printMessage(kind, message, element, mirror, at);
    }
  }

  private List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    if (value(name) instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof AnnotationValue av) {
          out.add(av.getValue().toString());
        }
      }
    }
    return out;
  }

  private Object value(String name) {
    AnnotationValue v = annotationValue(name);
    return v == null ? null : v.getValue();
  }

  private AnnotationValue annotationValue(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
