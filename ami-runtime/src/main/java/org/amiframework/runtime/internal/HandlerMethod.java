package org.amiframework.runtime.internal;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.invoke.Invoker;
import java.util.List;
import java.util.Set;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;

/**
 * An {@link org.amiframework.runtime.OnEvent} method as declared, checked and compiled: what it
 * takes, its conditions and restrictions, and the invoker that calls it without reflection.
 *
 * @param description how messages name it: {@code com.example.Bean.method(Hangup)}
 * @param bean the bean declaring it
 * @param parameterType the event parameter's type
 * @param takesConnection whether a second parameter receives the server's client
 * @param patterns the name patterns; empty: every name
 * @param conditions the header conditions, all of which must hold
 * @param requiredClasses the classes of {@code @RequiresPrivilege}, or null when not restricted
 * @param server the server of {@code @Server}, or null for every server
 * @param invoker calls the method on a bean instance with {@code (event[, client])}
 */
record HandlerMethod(
    String description,
    Bean<?> bean,
    Class<? extends AmiEvent> parameterType,
    boolean takesConnection,
    List<NamePattern> patterns,
    List<HeaderCondition> conditions,
    Set<PrivilegeClass> requiredClasses,
    String server,
    Invoker<Object, ?> invoker) {

  HandlerMethod {
    patterns = List.copyOf(patterns);
    conditions = List.copyOf(conditions);
    requiredClasses = requiredClasses == null ? null : Set.copyOf(requiredClasses);
  }

  /** Whether a name matches the patterns (any of them; all names when there are none). */
  boolean matchesName(String name) {
    if (patterns.isEmpty()) {
      return true;
    }
    for (NamePattern p : patterns) {
      if (p.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether events of these classes pass {@code @RequiresPrivilege}: as Asterisk delivers, every
   * class of the event must be required, and an event without classes never passes.
   */
  boolean allowsClasses(Set<PrivilegeClass> eventClasses) {
    return requiredClasses == null
        || (!eventClasses.isEmpty() && requiredClasses.containsAll(eventClasses));
  }

  @Override
  public String toString() {
    return description;
  }
}
