package org.amiframework.processor.internal.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names taken in one scope (a package, a class's members). A name already taken gets the lowest
 * free numeric suffix: the same input always gives the same names. Class names compare without
 * case, since {@code Foo.java} and {@code FOO.java} are one file on some file systems.
 */
public final class NameScope {

  private final Set<String> taken = new HashSet<>();
  private final boolean ignoreCase;

  private NameScope(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /** A scope of class names (case-insensitive). */
  public static NameScope forTypes() {
    return new NameScope(true);
  }

  /** A scope of member names (case-sensitive). */
  public static NameScope forMembers() {
    return new NameScope(false);
  }

  /** Reserves a name that generated code uses, so no claim gets it. */
  public NameScope reserve(String name) {
    taken.add(key(name));
    return this;
  }

  /**
   * Takes {@code wanted}, or {@code wanted2}, {@code wanted3}... when it is taken.
   *
   * @return the name taken; differs from {@code wanted} exactly when there was a collision
   */
  public String claim(String wanted) {
    String name = wanted;
    for (int n = 2; !taken.add(key(name)); n++) {
      name = wanted + (Character.isDigit(wanted.charAt(wanted.length() - 1)) ? "_" : "") + n;
    }
    return name;
  }

  private String key(String name) {
    return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
  }
}
