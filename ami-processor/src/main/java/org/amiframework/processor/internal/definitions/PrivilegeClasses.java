package org.amiframework.processor.internal.definitions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Asterisk's privilege class names in its {@code perms[]} table order. The processor knows no
 * project module, so it keeps the names here; the generated code refers to {@code PrivilegeClass}
 * constants of the same names in upper case.
 */
public final class PrivilegeClasses {

  /** Every class name, in Asterisk's table order. */
  public static final List<String> NAMES =
      List.of(
          "system",
          "call",
          "log",
          "verbose",
          "command",
          "agent",
          "user",
          "config",
          "dtmf",
          "reporting",
          "cdr",
          "dialplan",
          "originate",
          "agi",
          "cc",
          "aoc",
          "test",
          "security",
          "message");

  private static final String FLAG_PREFIX = "EVENT_FLAG_";

  private PrivilegeClasses() {}

  /** The class name of an {@code EVENT_FLAG_*} symbol, or null when it names no class. */
  public static String fromSymbol(String symbol) {
    if (symbol == null || !symbol.startsWith(FLAG_PREFIX)) {
      return null;
    }
    return fromName(symbol.substring(FLAG_PREFIX.length()));
  }

  /** The class name for this name (case-insensitive), or null when there is none. */
  public static String fromName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return NAMES.contains(n) ? n : null;
  }

  /** The names sorted in Asterisk's table order, without repeats. */
  public static List<String> inTableOrder(Collection<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : NAMES) {
      if (names.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
