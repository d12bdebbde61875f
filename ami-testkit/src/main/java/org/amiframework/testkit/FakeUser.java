package org.amiframework.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;

/**
 * A manager user of the fake, as a {@code manager.conf} section declares it: name (matched
 * case-insensitively at login), secret (compared exactly), read classes (which events it gets),
 * write classes (which actions it may run) and optional {@code eventfilter} lines copied into each
 * of its sessions.
 *
 * <p>{@link #toString()} never shows the secret.
 *
 * @param name the user name (the section name)
 * @param secret the secret for plain and MD5 login
 * @param readClasses the classes of events it receives
 * @param writeClasses the classes of actions it may run
 * @param eventFilters legacy filter expressions ({@code eventfilter = ...}), in order
 */
public record FakeUser(
    String name,
    String secret,
    Set<PrivilegeClass> readClasses,
    Set<PrivilegeClass> writeClasses,
    List<String> eventFilters) {

  /** Validates and copies. */
  public FakeUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(secret, () -> "secret of user " + name);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a user name cannot be blank");
    }
    readClasses = copy(readClasses);
    writeClasses = copy(writeClasses);
    eventFilters = List.copyOf(eventFilters);
  }

  /** A user with these classes and no event filters. */
  public static FakeUser of(
      String name,
      String secret,
      Set<PrivilegeClass> readClasses,
      Set<PrivilegeClass> writeClasses) {
    return new FakeUser(name, secret, readClasses, writeClasses, List.of());
  }

  /** A user with {@code read=all} and {@code write=all}. */
  public static FakeUser admin(String name, String secret) {
    return of(
        name, secret, EnumSet.allOf(PrivilegeClass.class), EnumSet.allOf(PrivilegeClass.class));
  }

  /** A copy that also has this {@code eventfilter} line. */
  public FakeUser withEventFilter(String filter) {
    List<String> filters = new ArrayList<>(eventFilters);
    filters.add(Objects.requireNonNull(filter, "filter"));
    return new FakeUser(name, secret, readClasses, writeClasses, filters);
  }

  private static Set<PrivilegeClass> copy(Set<PrivilegeClass> classes) {
    return classes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(classes));
  }

  @Override
  public String toString() {
    return "FakeUser{"
        + name
        + ", read="
        + PrivilegeClass.toList(readClasses)
        + ", write="
        + PrivilegeClass.toList(writeClasses)
        + (eventFilters.isEmpty() ? "" : ", filters=" + eventFilters)
        + "}";
  }
}
