package org.amiframework.processor.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import org.amiframework.processor.internal.diag.DiagnosticId;

/** Collects the findings of one handler method, each message prefixed with the method. */
final class Findings {

  final List<HandlerFinding> all = new ArrayList<>();
  private final ExecutableElement method;
  private final String description;

  /**
   * @param method the handler method
   * @param description how the runtime names it, the start of every message
   */
  Findings(ExecutableElement method, String description) {
    this.method = method;
    this.description = description;
  }

  /** Starts a finding at the method. */
  Finding atMethod(DiagnosticId id) {
    return new Finding(method, id);
  }

  /** Starts a finding at an element (the method or a parameter). */
  Finding at(Element element, DiagnosticId id) {
    return new Finding(element, id);
  }

  /** A finding being described. */
  final class Finding {
    private final Element element;
    private final DiagnosticId id;
    private String annotation;
    private int index;
    private String attribute;

    private Finding(Element element, DiagnosticId id) {
      this.element = element;
      this.id = id;
    }

    /** Places it at an annotation's attribute (null: the whole annotation). */
    Finding on(String annotationName, int annotationIndex, String attributeName) {
      this.annotation = annotationName;
      this.index = annotationIndex;
      this.attribute = attributeName;
      return this;
    }

    /** Records it. */
    void add(String problem) {
      all.add(
          new HandlerFinding(
              id, element, annotation, index, attribute, description + ": " + problem));
    }
  }
}
