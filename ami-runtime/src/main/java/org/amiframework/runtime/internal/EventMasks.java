package org.amiframework.runtime.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.amiframework.core.api.PrivilegeClass;

/** Reads {@code Events:} mask values the way Asterisk's {@code strings_to_mask()} does. */
final class EventMasks {

  /** The class names, for messages. */
  static final String CLASS_NAMES =
      Arrays.stream(PrivilegeClass.values())
          .map(PrivilegeClass::wireName)
          .collect(Collectors.joining(", "));

  private static final Set<String> TRUE = Set.of("on", "yes", "true", "y", "t");
  private static final Set<String> FALSE = Set.of("off", "no", "false", "n", "f");

  private EventMasks() {}

  /**
   * The classes a mask lets through: digits are a numeric bit mask, a true word all classes, a
   * false word none, anything else a comma list of class names. Null when the mask is unset: the
   * session then gets every class its user may read.
   *
   * @throws IllegalArgumentException for a class name Asterisk does not know (Asterisk would ignore
   *     it silently; here it is almost always a typo)
   */
  static Set<PrivilegeClass> classes(String mask) {
    if (mask == null || mask.isBlank()) {
      return null;
    }
    String m = mask.trim().toLowerCase(Locale.ROOT);
    if (m.chars().allMatch(Character::isDigit)) {
      return PrivilegeClass.fromMask(Integer.parseUnsignedInt(m));
    }
    if (TRUE.contains(m)) {
      return EnumSet.allOf(PrivilegeClass.class);
    }
    if (FALSE.contains(m)) {
      return EnumSet.noneOf(PrivilegeClass.class);
    }
    Set<PrivilegeClass> out = EnumSet.noneOf(PrivilegeClass.class);
    for (String item : m.split(",", -1)) {
      String name = item.trim();
      if (name.equals("all")) {
        out.addAll(EnumSet.allOf(PrivilegeClass.class));
      } else {
        PrivilegeClass c = PrivilegeClass.fromWireName(name);
        if (c == null) {
          throw new IllegalArgumentException(
              "unknown privilege class '" + name + "' (known: " + CLASS_NAMES + ")");
        }
        out.add(c);
      }
    }
    return out;
  }
}
