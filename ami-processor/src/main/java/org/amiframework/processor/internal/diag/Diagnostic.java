package org.amiframework.processor.internal.diag;

import java.util.Objects;

/**
 * One finding of the pipeline, as a value: the shell turns it into a javac message at the
 * annotation that asked for the bindings.
 *
 * @param id what kind of finding (and its severity)
 * @param location where in an input file, or null for none
 * @param message what happened and what the processor did about it
 */
public record Diagnostic(DiagnosticId id, SourceLocation location, String message) {

  /** Validates. */
  public Diagnostic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
  }

  /** Whether it fails the compilation. */
  public boolean isError() {
    return id.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }

  /** The text javac shows: {@code [AMI-W003] file:line: element: message}. */
  public String render() {
    String where = location == null ? "" : location + ": ";
    return "[" + id.code() + "] " + where + message;
  }

  @Override
  public String toString() {
    return render();
  }
}
