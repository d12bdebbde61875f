package org.amiframework.processor.internal.handlers;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import org.amiframework.processor.internal.diag.DiagnosticId;

/**
 * One {@code @Where} of a handler, checked as the runtime's {@code HeaderCondition.compile} checks
 * it: a header, and exactly one of {@code equals} and a valid {@code matches}.
 *
 * @param header the header name, trimmed
 * @param index which {@code @Where} of the method it is, from 0
 */
record WhereCondition(String header, int index) {

  /** The condition, or empty after recording what is wrong with it. */
  static Optional<WhereCondition> read(
      AnnotationMirror where, int index, AnnotationReader reader, Findings out) {
    String header = reader.string(where, "header").trim();
    if (header.isEmpty()) {
      out.atMethod(DiagnosticId.BAD_CONDITION)
          .on(RuntimeNames.WHERE, index, "header")
          .add("@Where has a blank header name");
      return Optional.empty();
    }
    boolean hasEquals = !reader.string(where, "equals").isEmpty();
    String matches = reader.string(where, "matches");
    if (hasEquals == !matches.isEmpty()) {
      out.atMethod(DiagnosticId.BAD_CONDITION)
          .on(RuntimeNames.WHERE, index, null)
          .add(
              "@Where(header = \""
                  + header
                  + "\") must give exactly one of equals and matches"
                  + (hasEquals ? "" : " (use matches = \"^$\" for an empty value)"));
      return Optional.empty();
    }
    if (!hasEquals) {
      try {
        Pattern.compile(matches);
      } catch (PatternSyntaxException e) {
        out.atMethod(DiagnosticId.BAD_REGEX)
            .on(RuntimeNames.WHERE, index, "matches")
            .add(
                "@Where(header = \""
                    + header
                    + "\") has an invalid regular expression: "
                    + e.getDescription()
                    + " near index "
                    + e.getIndex()
                    + " of \""
                    + matches
                    + "\"");
        return Optional.empty();
      }
    }
    return Optional.of(new WhereCondition(header, index));
  }
}
