package org.amiframework.testkit.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;

/**
 * Asterisk's privilege arithmetic, rule for rule as {@code main/manager.c} does it: the {@code
 * perms[]} table, {@code get_perm()} with the prefix quirk of {@code ast_instring()}, {@code
 * strings_to_mask()} for {@code Events} masks and {@code authority_to_str()} for {@code Privilege:}
 * headers.
 */
public final class Privileges {

  /** Every bit, as {@code all} ({@code INT_MAX}) sets it. */
  public static final int ALL = Integer.MAX_VALUE;

  private static final PrivilegeClass[] CLASSES = PrivilegeClass.values();
  private static final Set<String> TRUE = Set.of("yes", "true", "y", "t", "1", "on");
  private static final Set<String> FALSE = Set.of("no", "false", "n", "f", "0", "off");

  private Privileges() {}

  /**
   * The mask of a set of classes; the full set is {@code all}, which also holds the bits that have
   * no name (Asterisk shows such a user's read mask as 2147483647).
   */
  public static int mask(Set<PrivilegeClass> classes) {
    return classes.containsAll(EnumSet.allOf(PrivilegeClass.class))
        ? ALL
        : PrivilegeClass.mask(classes);
  }

  /**
   * {@code get_perm()}: the mask of a comma list as {@code manager.conf} and {@code Events} masks
   * write it. Names are case-sensitive, digits are not accepted, and an item that is not the last
   * one matches every class name it starts ({@code c,x} matches call, command, cdr, cc, config).
   */
  public static int getPerm(String list) {
    if (list == null) {
      return 0;
    }
    int mask = 0;
    for (PrivilegeClass c : CLASSES) {
      if (inString(list, c.wireName())) {
        mask |= c.bit();
      }
    }
    if (inString(list, "all")) {
      mask |= ALL;
    }
    return mask;
  }

  /**
   * {@code strings_to_mask()}: digits are a numeric mask, a false word is 0, a true word is every
   * class, anything else a class list; an empty or missing value is -1 (invalid).
   */
  public static int stringsToMask(String value) {
    if (value == null || value.isEmpty()) {
      return -1;
    }
    if (value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return atoi(value);
    }
    if (isFalse(value)) {
      return 0;
    }
    if (isTrue(value)) {
      return ALL;
    }
    return getPerm(value);
  }

  /** {@code ast_true()}: yes, true, y, t, 1, on (any case). */
  public static boolean isTrue(String value) {
    return value != null && TRUE.contains(value.toLowerCase(Locale.ROOT));
  }

  /** {@code ast_false()}: no, false, n, f, 0, off (any case). */
  public static boolean isFalse(String value) {
    return value != null && FALSE.contains(value.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code authority_to_str()}: every class name whose bits overlap, in table order, ending with
   * {@code all} for any non-zero mask; {@code <none>} for zero.
   */
  public static String authorityToString(int mask) {
    if (mask == 0) {
      return "<none>";
    }
    StringBuilder sb = new StringBuilder();
    for (PrivilegeClass c : CLASSES) {
      if ((mask & c.bit()) != 0) {
        sb.append(c.wireName()).append(',');
      }
    }
    return sb.append("all").toString();
  }

  /** The category of an event from its {@code Privilege:} text ({@code call,all} is call). */
  public static int categoryOf(String privilegeHeader) {
    return PrivilegeClass.mask(PrivilegeClass.parseList(privilegeWithoutAll(privilegeHeader)));
  }

  private static String privilegeWithoutAll(String header) {
    StringBuilder sb = new StringBuilder();
    for (String item : header.split(",")) {
      String name = item.trim();
      if (!name.equalsIgnoreCase("all")) {
        sb.append(name).append(',');
      }
    }
    return sb.toString();
  }

  /** C {@code ast_instring(bigstr, smallstr, ',')}, including its prefix rule for early items. */
  private static boolean inString(String big, String small) {
    int start = 0;
    while (true) {
      int comma = big.indexOf(',', start);
      if (comma < 0) {
        return big.substring(start).equals(small);
      }
      int itemLength = comma - start;
      if (small.length() >= itemLength && big.regionMatches(start, small, 0, itemLength)) {
        return true;
      }
      start = comma + 1;
      if (start >= big.length()) {
        return false;
      }
    }
  }

  private static int atoi(String digits) {
    String trimmed = digits.length() > 10 ? digits.substring(0, 10) : digits;
    long value = Long.parseLong(trimmed);
    return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
  }
}
