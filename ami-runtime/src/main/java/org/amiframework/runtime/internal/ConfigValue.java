package org.amiframework.runtime.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.ConfigurationException;

/**
 * One configuration value with where it came from, parsed into what its key needs. Errors name the
 * key and the source, and show the value unless the key holds a secret.
 *
 * @param key the full key ({@code ami.pbx1.port})
 * @param text the raw value, trimmed
 * @param source where it came from
 * @param secret whether the value must never be shown
 */
record ConfigValue(String key, String text, String source, boolean secret) {

  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  /** A positive integer, or zero when {@code zeroAllowed}. */
  int asInt(boolean zeroAllowed) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0 || (n == 0 && zeroAllowed)) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the key
    }
    throw invalid(zeroAllowed ? "a whole number, 0 or more" : "a whole number above 0");
  }

  /** {@code true} or {@code false}, in any case. */
  boolean asBoolean() {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid("true or false");
  }

  /**
   * {@code 0}, a number with unit ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}) or ISO-8601
   * ({@code PT10S}).
   */
  Duration asDuration() {
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = SIMPLE_DURATION.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      Duration d = Duration.parse(text);
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below with the key
    }
    throw invalid("a duration such as 500ms, 10s, 2m, 1h or PT10S");
  }

  /** A constant of {@code type}, written in lower case with hyphens ({@code drop-oldest}). */
  <E extends Enum<E>> E asEnum(Class<E> type) {
    String constant = text.toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ");
      allowed.append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw invalid("one of " + allowed);
  }

  /** A comma list of privilege class names ({@code call,system}); every name must be known. */
  Set<PrivilegeClass> asClassList() {
    Set<PrivilegeClass> out = EnumSet.noneOf(PrivilegeClass.class);
    for (String item : text.split(",", -1)) {
      PrivilegeClass c = PrivilegeClass.fromWireName(item.trim());
      if (c == null) {
        throw invalid("a comma list of privilege classes (" + EventMasks.CLASS_NAMES + ")");
      }
      out.add(c);
    }
    return out;
  }

  /** An error naming key, source and what was expected. */
  ConfigurationException invalid(String expected) {
    String shown = secret ? "" : " '" + text + "'";
    return new ConfigurationException(
        key + " (from " + source + ") has the invalid value" + shown + "; expected " + expected);
  }
}
