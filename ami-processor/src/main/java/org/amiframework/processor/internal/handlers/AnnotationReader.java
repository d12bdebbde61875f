package org.amiframework.processor.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name through their mirrors: the processor cannot load the runtime's
 * annotation classes, and must not depend on that module.
 */
final class AnnotationReader {

  private final Elements elements;

  AnnotationReader(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of this qualified name on {@code e}, or null. */
  static AnnotationMirror find(Element e, String name) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (nameOf(m).equals(name)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The repeatable annotation {@code name} on {@code e} in source order, whether written once or
   * several times (then javac hands them over inside the {@code container}).
   */
  static List<AnnotationMirror> repeated(Element e, String name, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (nameOf(m).equals(name)) {
        out.add(m);
      } else if (nameOf(m).equals(container)) {
        for (AnnotationValue v : list(rawValue(m, "value"))) {
          out.add((AnnotationMirror) v.getValue());
        }
      }
    }
    return out;
  }

  /** A String attribute, its default when not written. */
  String string(AnnotationMirror m, String attribute) {
    Object v = valueWithDefault(m, attribute);
    return v == null ? "" : v.toString();
  }

  /** A boolean attribute, its default when not written. */
  boolean bool(AnnotationMirror m, String attribute) {
    return Boolean.TRUE.equals(valueWithDefault(m, attribute));
  }

  /** A String[] attribute, its default when not written. */
  List<String> strings(AnnotationMirror m, String attribute) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(valueWithDefault(m, attribute))) {
      out.add(v.getValue().toString());
    }
    return out;
  }

  /** An enum[] attribute as the constants' names, its default when not written. */
  List<String> enumNames(AnnotationMirror m, String attribute) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(valueWithDefault(m, attribute))) {
      out.add(((VariableElement) v.getValue()).getSimpleName().toString());
    }
    return out;
  }

  private Object valueWithDefault(AnnotationMirror m, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(m).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  private static Object rawValue(AnnotationMirror m, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        m.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  private static List<AnnotationValue> list(Object value) {
    List<AnnotationValue> out = new ArrayList<>();
    if (value instanceof List<?> values) {
      for (Object o : values) {
        out.add((AnnotationValue) o);
      }
    }
    return out;
  }

  private static String nameOf(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
