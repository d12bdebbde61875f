package org.amiframework.core.api;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 19 Asterisk privilege classes ({@code EVENT_FLAG_*} in {@code manager.h}): a user's read
 * classes decide which events it receives, its write classes which actions it may run.
 */
public enum PrivilegeClass {
  SYSTEM("system", 1),
  CALL("call", 1 << 1),
  LOG("log", 1 << 2),
  VERBOSE("verbose", 1 << 3),
  COMMAND("command", 1 << 4),
  AGENT("agent", 1 << 5),
  USER("user", 1 << 6),
  CONFIG("config", 1 << 7),
  DTMF("dtmf", 1 << 8),
  REPORTING("reporting", 1 << 9),
  CDR("cdr", 1 << 10),
  DIALPLAN("dialplan", 1 << 11),
  ORIGINATE("originate", 1 << 12),
  AGI("agi", 1 << 13),
  CC("cc", 1 << 15),
  AOC("aoc", 1 << 16),
  TEST("test", 1 << 17),
  SECURITY("security", 1 << 18),
  MESSAGE("message", 1 << 30);

  private static final PrivilegeClass[] ALL = values();

  private final String wireName;
  private final int bit;

  PrivilegeClass(String wireName, int bit) {
    this.wireName = wireName;
    this.bit = bit;
  }

  /** The name Asterisk writes and reads ({@code call}, {@code reporting}, ...). */
  public String wireName() {
    return wireName;
  }

  /** The bit of this class in Asterisk's masks. */
  public int bit() {
    return bit;
  }

  /** The class with this wire name (case-insensitive), or null if there is none. */
  public static PrivilegeClass fromWireName(String name) {
    for (PrivilegeClass c : ALL) {
      if (c.wireName.equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The class of an {@code EVENT_FLAG_*} C symbol as the documentation XML writes it, or null for
   * symbols that are not real classes ({@code EVENT_FLAG_CLASS}, {@code EVENT_FLAG_CEL}).
   */
  public static PrivilegeClass fromFlagSymbol(String symbol) {
    String prefix = "EVENT_FLAG_";
    if (!symbol.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    return fromWireName(symbol.substring(prefix.length()));
  }

  /**
   * Parses a comma list as found in {@code Privilege:} headers and {@code (Priv: ...)} of
   * ListCommands: the trailing {@code all} Asterisk appends to every such list is a rendering
   * artefact, not a class, and is skipped, as are unknown names; {@code <none>} gives the empty
   * set. {@code Privilege: call,all} is the class {@code call}.
   */
  public static Set<PrivilegeClass> parseList(String list) {
    return parse(list, false);
  }

  /**
   * Parses a manager.conf {@code read=} / {@code write=} list, where {@code all} means every class;
   * unknown names are skipped.
   */
  public static Set<PrivilegeClass> parseConfig(String list) {
    return parse(list, true);
  }

  private static Set<PrivilegeClass> parse(String list, boolean allMeansEvery) {
    EnumSet<PrivilegeClass> out = EnumSet.noneOf(PrivilegeClass.class);
    if (list == null) {
      return out;
    }
    int start = 0;
    int len = list.length();
    while (start <= len) {
      int comma = list.indexOf(',', start);
      int end = comma < 0 ? len : comma;
      String item = list.substring(start, end).trim();
      if (item.equalsIgnoreCase("all")) {
        if (allMeansEvery) {
          out.addAll(EnumSet.allOf(PrivilegeClass.class));
        }
      } else {
        PrivilegeClass c = fromWireName(item);
        if (c != null) {
          out.add(c);
        }
      }
      start = end + 1;
    }
    return out;
  }

  /** The bit mask of these classes. */
  public static int mask(Collection<PrivilegeClass> classes) {
    int m = 0;
    for (PrivilegeClass c : classes) {
      m |= c.bit;
    }
    return m;
  }

  /** The classes whose bits are set in {@code mask}. */
  public static Set<PrivilegeClass> fromMask(int mask) {
    EnumSet<PrivilegeClass> out = EnumSet.noneOf(PrivilegeClass.class);
    for (PrivilegeClass c : ALL) {
      if ((mask & c.bit) != 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** Comma list in Asterisk's table order, as Asterisk writes it (without the trailing all). */
  public static String toList(Collection<PrivilegeClass> classes) {
    StringBuilder sb = new StringBuilder();
    for (PrivilegeClass c : ALL) {
      if (classes.contains(c)) {
        if (sb.length() > 0) {
          sb.append(',');
        }
        sb.append(c.wireName);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return wireName.toLowerCase(Locale.ROOT);
  }
}
