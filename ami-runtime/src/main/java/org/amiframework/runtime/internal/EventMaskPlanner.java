package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.AmiSettings;

/**
 * Decides a server's login event mask when it is {@code auto}, and finds handlers the mask starves.
 *
 * <p>A handler needs the classes of the event types it receives; an open handler (taking {@code
 * AmiEvent} or {@code GenericEvent}) may receive events of any class, so it needs every class
 * unless it declares {@code @RequiresPrivilege}. FullyBooted is exempt: Asterisk writes it at login
 * whatever the mask.
 */
final class EventMaskPlanner {

  private static final Set<String> MASK_EXEMPT = Set.of("FullyBooted");

  /**
   * What to log in with.
   *
   * @param config the server's configuration with the mask resolved
   * @param derivation how an {@code auto} mask was derived, or null when it was configured
   * @param warnings one per handler that can never receive anything under the mask
   */
  record Plan(AmiClientConfig config, String derivation, List<String> warnings) {}

  private EventMaskPlanner() {}

  static Plan plan(AmiClientConfig server, List<Handler> handlers) {
    List<Handler> mine = handlers.stream().filter(h -> h.servesServer(server.name())).toList();
    AmiClientConfig config = server;
    String derivation = null;
    if (AmiSettings.isAutoEventMask(server)) {
      Set<PrivilegeClass> needed = EnumSet.noneOf(PrivilegeClass.class);
      String everything = null;
      for (Handler h : mine) {
        needed.addAll(needs(h));
        if (everything == null && takesAnyClass(h)) {
          everything = h.method().description();
        }
      }
      String mask = maskText(needed);
      config = server.toBuilder().eventMask(mask).build();
      derivation =
          "server '"
              + server.name()
              + "' logs in with the event mask '"
              + mask
              + "' derived from "
              + mine.size()
              + " handler(s)"
              + (everything == null
                  ? ""
                  : "; "
                      + everything
                      + " takes events of any class (declare @RequiresPrivilege"
                      + " to narrow it)");
    }
    Set<PrivilegeClass> mask = EventMasks.classes(config.eventMask());
    List<String> warnings = new ArrayList<>();
    if (mask != null) {
      for (Handler h : mine) {
        if (!canReceive(h, mask)) {
          warnings.add(starved(h, server.name(), config.eventMask()));
        }
      }
    }
    return new Plan(config, derivation, warnings);
  }

  /** The classes a handler's events may have. */
  static Set<PrivilegeClass> needs(Handler h) {
    if (takesAnyClass(h)) {
      return EnumSet.allOf(PrivilegeClass.class);
    }
    Set<PrivilegeClass> needed = EnumSet.noneOf(PrivilegeClass.class);
    if (h.open() && h.method().requiredClasses() != null) {
      needed.addAll(h.method().requiredClasses());
    }
    for (EventType<?> t : h.knownTypes()) {
      if (!MASK_EXEMPT.contains(t.name())) {
        needed.addAll(t.classes());
      }
    }
    return needed;
  }

  /**
   * Whether an open handler may receive events whose classes nobody knows: it has no
   * {@code @RequiresPrivilege}, and a wildcard or a name the bindings do not know (and that is not
   * exempt from the mask).
   */
  private static boolean takesAnyClass(Handler h) {
    HandlerMethod m = h.method();
    if (!h.open() || m.requiredClasses() != null) {
      return false;
    }
    if (m.patterns().isEmpty() || m.patterns().stream().anyMatch(p -> !p.exact())) {
      return true;
    }
    Set<String> known = h.knownTypes().stream().map(EventType::name).collect(Collectors.toSet());
    return m.patterns().stream()
        .map(NamePattern::text)
        .anyMatch(name -> !known.contains(name) && !MASK_EXEMPT.contains(name));
  }

  private static boolean canReceive(Handler h, Set<PrivilegeClass> mask) {
    if (takesAnyClass(h)) {
      return true;
    }
    HandlerMethod m = h.method();
    if (h.open()
        && (m.patterns().stream().anyMatch(p -> MASK_EXEMPT.contains(p.text()))
            || (m.requiredClasses() != null
                && m.requiredClasses().stream().anyMatch(mask::contains)))) {
      return true;
    }
    return h.knownTypes().stream()
        .anyMatch(
            t ->
                MASK_EXEMPT.contains(t.name())
                    || t.classes().isEmpty()
                    || mask.containsAll(t.classes()));
  }

  private static String starved(Handler h, String server, String mask) {
    String needs =
        h.open()
            ? "events of " + h.method().requiredClasses()
            : h.knownTypes().stream()
                .map(t -> t.name() + " needs " + t.classes())
                .collect(Collectors.joining(", "));
    return h.method().description()
        + " can never receive events from server '"
        + server
        + "': its event mask '"
        + mask
        + "' lacks what they need ("
        + needs
        + ")";
  }

  /** {@code on} for every class, {@code off} for none, else the class list. */
  static String maskText(Set<PrivilegeClass> classes) {
    if (classes.isEmpty()) {
      return "off";
    }
    if (classes.containsAll(EnumSet.allOf(PrivilegeClass.class))) {
      return "on";
    }
    return PrivilegeClass.toList(classes);
  }
}
