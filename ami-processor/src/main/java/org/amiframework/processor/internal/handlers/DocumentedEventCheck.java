package org.amiframework.processor.internal.handlers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amiframework.processor.internal.diag.DiagnosticId;

/**
 * The checks the runtime's {@code HandlerResolver} makes against the bindings, made here against
 * the one generated event class a handler takes: its name patterns must match the event, its
 * {@code @RequiresPrivilege} must let the event's classes pass, and its {@code @Where} headers must
 * be ones the event documents, with the closest documented name suggested.
 */
final class DocumentedEventCheck {

  private static final int LISTED_HEADERS = 12;

  private final DocumentedEvent event;
  private final Findings out;

  DocumentedEventCheck(DocumentedEvent event, Findings out) {
    this.event = event;
    this.out = out;
  }

  void check(List<String> patterns, List<String> required, List<WhereCondition> conditions) {
    for (String p : patterns) {
      if (!glob(p).matcher(event.name()).matches()) {
        out.atMethod(DiagnosticId.BAD_NAME_PATTERN)
            .on(RuntimeNames.ON_EVENT, 0, "value")
            .add(
                "pattern '"
                    + p
                    + "' matches no event a "
                    + event.simpleName()
                    + " can be ("
                    + event.name()
                    + ")");
      }
    }
    if (required != null
        && !(!event.classes().isEmpty() && required.containsAll(event.classes()))) {
      out.atMethod(DiagnosticId.BAD_PRIVILEGE_FILTER)
          .on(RuntimeNames.REQUIRES_PRIVILEGE, 0, "value")
          .add(
              "can never receive an event: @RequiresPrivilege allows "
                  + DocumentedEvent.classList(required)
                  + " but "
                  + event.name()
                  + " has "
                  + DocumentedEvent.classList(event.classes()));
    }
    for (WhereCondition c : conditions) {
      if (!event.allows(c.header())) {
        out.atMethod(DiagnosticId.UNKNOWN_HEADER)
            .on(RuntimeNames.WHERE, c.index(), "header")
            .add(unknownHeader(c.header()));
      }
    }
  }

  private String unknownHeader(String header) {
    Optional<String> suggestion = HeaderSuggestions.closest(header, event.headers());
    String hint =
        suggestion.isPresent()
            ? "did you mean \"" + suggestion.get() + "\"?"
            : "it documents "
                + (event.headers().size() <= LISTED_HEADERS
                    ? String.join(", ", event.headers())
                    : String.join(", ", event.headers().subList(0, LISTED_HEADERS)) + ", ...");
    return "@Where(header = \""
        + header
        + "\") names a header "
        + event.name()
        + " does not document; "
        + hint
        + " (to filter on an undocumented header, take AmiEvent with a name pattern)";
  }

  /** The runtime's name pattern: case-sensitive, {@code *} for any run of characters. */
  private static Pattern glob(String pattern) {
    return Pattern.compile(
        Arrays.stream(pattern.split("\\*", -1))
            .map(Pattern::quote)
            .collect(Collectors.joining(".*")));
  }
}
