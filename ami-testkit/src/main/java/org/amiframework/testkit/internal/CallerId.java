package org.amiframework.testkit.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A caller id as Originate's {@code CallerID} writes it, {@code "Name" <number>}, split as {@code
 * ast_callerid_parse()} splits it; a value without angle brackets is a number alone.
 *
 * @param name the name, empty when none
 * @param number the number, empty when none
 */
public record CallerId(String name, String number) {

  private static final Pattern NAME_AND_NUMBER =
      Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>\\s*$");

  /** Parses a {@code CallerID} value; null or blank is an empty caller id. */
  public static CallerId parse(String value) {
    if (value == null || value.isBlank()) {
      return new CallerId("", "");
    }
    Matcher m = NAME_AND_NUMBER.matcher(value);
    if (m.matches()) {
      return new CallerId(m.group(1).strip(), m.group(2).strip());
    }
    return new CallerId("", value.strip());
  }

  /** The name as Asterisk 12+ writes it in events: {@code <unknown>} when empty. */
  public String nameOrUnknown() {
    return name.isEmpty() ? "<unknown>" : name;
  }

  /** The number as Asterisk 12+ writes it in events: {@code <unknown>} when empty. */
  public String numberOrUnknown() {
    return number.isEmpty() ? "<unknown>" : number;
  }
}
