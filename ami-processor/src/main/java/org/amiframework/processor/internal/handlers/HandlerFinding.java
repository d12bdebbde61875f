package org.amiframework.processor.internal.handlers;

import java.util.Objects;
import javax.lang.model.element.Element;
import org.amiframework.processor.internal.diag.DiagnosticId;

/**
 * One problem of a handler method, and where in the user's source it is.
 *
 * @param id what kind of problem
 * @param element the method, or the parameter at fault
 * @param annotation the qualified name of the annotation at fault, or null for the element itself
 * @param index which of the element's annotations of that type (repeated {@code @Where}), from 0
 * @param attribute the annotation's attribute at fault, or null for the whole annotation
 * @param message what is wrong, starting with the method
 */
public record HandlerFinding(
    DiagnosticId id,
    Element element,
    String annotation,
    int index,
    String attribute,
    String message) {

  /** Validates. */
  public HandlerFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }

  /** The text javac shows: {@code [AMI-E104] ...}. */
  public String render() {
    return "[" + id.code() + "] " + message;
  }
}
