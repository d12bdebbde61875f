package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amiframework.core.api.DynamicHeaders;
import org.amiframework.core.api.EventMetadata;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.GenericEvent;

/**
 * Resolves a handler method against the bindings: which event types its parameter covers, which of
 * them its patterns and {@code @RequiresPrivilege} leave, and whether its {@code @Where} headers
 * exist on them. A handler that provably can never receive anything is a problem, not a silence.
 */
final class HandlerResolver {

  private HandlerResolver() {}

  /** The resolved handler, or null after reporting to {@code problems} why it cannot work. */
  static Handler resolve(HandlerMethod m, EventCatalog catalog, Consumer<String> problems) {
    Class<?> type = m.parameterType();
    boolean open = type.isAssignableFrom(GenericEvent.class);
    List<EventType<?>> candidates;
    if (open) {
      candidates = catalog.assignableTo(type);
    } else {
      candidates = catalog.exactly(type);
      if (candidates.isEmpty()) {
        candidates = catalog.assignableTo(type);
      }
      if (candidates.isEmpty()) {
        problems.accept(
            m.description()
                + ": "
                + type.getName()
                + " is not an event type of the bindings ("
                + catalog.source()
                + ") and no event type of them extends it");
        return null;
      }
    }
    List<String> found = new ArrayList<>();
    List<EventType<?>> named = byPatterns(m, candidates, open, found);
    List<EventType<?>> allowed = named.stream().filter(t -> m.allowsClasses(t.classes())).toList();
    if (!open && found.isEmpty() && allowed.isEmpty()) {
      found.add(
          "can never receive an event: @RequiresPrivilege allows "
              + m.requiredClasses()
              + " but "
              + named.stream()
                  .map(t -> t.name() + " has " + t.classes())
                  .collect(Collectors.joining(", ")));
    }
    if (!open) {
      checkHeaders(m, allowed, found);
    }
    found.forEach(p -> problems.accept(m.description() + ": " + p));
    if (!found.isEmpty()) {
      return null;
    }
    Set<String> names = null;
    if (!open) {
      names =
          allowed.stream()
              .map(EventType::name)
              .collect(Collectors.toCollection(LinkedHashSet::new));
    }
    return new Handler(m, names, allowed);
  }

  private static List<EventType<?>> byPatterns(
      HandlerMethod m, List<EventType<?>> candidates, boolean open, List<String> found) {
    if (!open) {
      for (NamePattern p : m.patterns()) {
        if (candidates.stream().noneMatch(t -> p.matches(t.name()))) {
          found.add(
              "pattern '"
                  + p
                  + "' matches no event a "
                  + m.parameterType().getSimpleName()
                  + " can be ("
                  + candidates.stream().map(EventType::name).collect(Collectors.joining(", "))
                  + ")");
        }
      }
    }
    return candidates.stream().filter(t -> m.matchesName(t.name())).toList();
  }

  private static void checkHeaders(HandlerMethod m, List<EventType<?>> types, List<String> found) {
    for (HeaderCondition c : m.conditions()) {
      if (DynamicHeaders.isDynamic(c.header())) {
        continue; // Event, Privilege, Timestamp, ActionID, [prefix]Tenantid, ChanVariable...
      }
      List<String> lacking =
          types.stream().filter(t -> !documents(t, c.header())).map(EventType::name).toList();
      if (!lacking.isEmpty()) {
        found.add(
            "@Where(header = \""
                + c.header()
                + "\") names a header "
                + String.join(", ", lacking)
                + " does not document (to filter on an undocumented header, take AmiEvent"
                + " with a name pattern)");
      }
    }
  }

  /** Whether the type documents the header by name, or as one of a family ({@code ReportX...}). */
  private static boolean documents(EventType<?> type, String header) {
    if (type.hasHeader(header)) {
      return true;
    }
    EventMetadata metadata = type.javaType().getAnnotation(EventMetadata.class);
    return metadata != null
        && Arrays.stream(metadata.headerPatterns())
            .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(header).matches());
  }
}
