package org.amiframework.processor.internal.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the diagnostics of one generation run, in the order they were found. */
public final class Diagnostics {

  private final List<Diagnostic> all = new ArrayList<>();

  /** Records a finding. */
  public void report(DiagnosticId id, SourceLocation location, String message) {
    all.add(new Diagnostic(id, location, message));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything recorded so far, in order. */
  public List<Diagnostic> all() {
    return Collections.unmodifiableList(all);
  }
}
