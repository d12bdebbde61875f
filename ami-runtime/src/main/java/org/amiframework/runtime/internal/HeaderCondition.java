package org.amiframework.runtime.internal;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.Where;

/**
 * A compiled {@link Where}: tests the first value of one header against an exact value or a regular
 * expression (whole value), optionally negated. An absent header fails the test before negation.
 */
final class HeaderCondition {

  private final String header;
  private final String equals;
  private final Pattern pattern;
  private final boolean negate;

  private HeaderCondition(String header, String equals, Pattern pattern, boolean negate) {
    this.header = header;
    this.equals = equals;
    this.pattern = pattern;
    this.negate = negate;
  }

  /**
   * Compiles a condition.
   *
   * @throws IllegalArgumentException saying what is wrong: a blank header, both or neither of
   *     equals and matches, an invalid regular expression
   */
  static HeaderCondition compile(Where where) {
    String header = where.header().trim();
    if (header.isEmpty()) {
      throw new IllegalArgumentException("@Where has a blank header name");
    }
    boolean hasEquals = !where.equals().isEmpty();
    boolean hasMatches = !where.matches().isEmpty();
    if (hasEquals == hasMatches) {
      throw new IllegalArgumentException(
          "@Where(header = \""
              + header
              + "\") must give exactly one of equals and matches"
              + (hasEquals ? "" : " (use matches = \"^$\" for an empty value)"));
    }
    if (hasEquals) {
      return new HeaderCondition(header, where.equals(), null, where.negate());
    }
    try {
      return new HeaderCondition(header, null, Pattern.compile(where.matches()), where.negate());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "@Where(header = \""
              + header
              + "\") has an invalid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + " of \""
              + where.matches()
              + "\"");
    }
  }

  /** The header tested. */
  String header() {
    return header;
  }

  /** Whether the event passes. */
  boolean test(AmiEvent event) {
    String value = event.header(header);
    boolean hit =
        value != null
            && (pattern == null ? equals.equals(value) : pattern.matcher(value).matches());
    return hit != negate;
  }

  @Override
  public String toString() {
    return header
        + (negate ? " not " : " ")
        + (pattern == null ? "= \"" + equals + "\"" : "matches \"" + pattern.pattern() + "\"");
  }
}
