package org.amiframework.testkit.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One session event filter, as the {@code Filter} action or {@code eventfilter} in manager.conf
 * defines it: a legacy regex on the whole event text (a leading {@code !} excludes), or an advanced
 * filter built from {@code MatchCriteria} ({@code action()}, {@code name()}, {@code header()},
 * {@code method()}; Asterisk 20.11+).
 */
final class EventFilter {

  /** Why a filter was refused; each maps to the text Asterisk answers with. */
  static final class InvalidFilterException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidFilterException(String message) {
      super(message);
    }
  }

  static final String DID_NOT_COMPILE =
      "Filter did not compile.  Check the syntax of the filter given.";
  static final String BADLY_FORMATTED =
      "Filter was formatted incorrectly.  Check the syntax of the filter given.";

  private static final Pattern OPTION = Pattern.compile("\\s*(\\w+)\\(([^)]*)\\)\\s*(,|$)");

  private enum Method {
    REGEX,
    EXACT,
    STARTS_WITH,
    ENDS_WITH,
    CONTAINS,
    NONE
  }

  private final boolean exclude;
  private final String eventName;
  private final String headerName;
  private final Method method;
  private final String text;
  private final Pattern regex;

  private EventFilter(
      boolean exclude, String eventName, String headerName, Method method, String text) {
    this.exclude = exclude;
    this.eventName = eventName;
    this.headerName = headerName;
    this.method = method;
    this.text = text;
    this.regex = method == Method.REGEX ? Pattern.compile(text) : null;
  }

  /**
   * Parses a filter.
   *
   * @param criteria the {@code MatchCriteria} value, or null/empty for a legacy filter
   * @param pattern the {@code Filter} value (may be null)
   * @throws InvalidFilterException with Asterisk's message when the filter is refused
   */
  static EventFilter parse(String criteria, String pattern) throws InvalidFilterException {
    String p = pattern == null ? "" : pattern;
    boolean bang = p.startsWith("!");
    if (bang) {
      p = p.substring(1);
    }
    try {
      if (criteria == null || criteria.isBlank()) {
        if (p.isEmpty() && !bang) {
          throw new InvalidFilterException(BADLY_FORMATTED);
        }
        return new EventFilter(bang, null, null, Method.REGEX, p);
      }
      return advanced(criteria, p, bang);
    } catch (PatternSyntaxException e) {
      throw new InvalidFilterException(DID_NOT_COMPILE);
    }
  }

  private static EventFilter advanced(String criteria, String pattern, boolean bang)
      throws InvalidFilterException {
    Map<String, String> options = new HashMap<>();
    Matcher m = OPTION.matcher(criteria);
    int end = 0;
    while (end < criteria.length()) {
      if (!m.find(end) || m.start() != end) {
        throw new InvalidFilterException(BADLY_FORMATTED);
      }
      String key = m.group(1).toLowerCase(Locale.ROOT);
      if (options.put(key, m.group(2).trim()) != null) {
        throw new InvalidFilterException(BADLY_FORMATTED);
      }
      end = m.end();
    }
    boolean exclude = bang;
    String action = options.remove("action");
    if (action != null) {
      if (!action.equals("include") && !action.equals("exclude")) {
        throw new InvalidFilterException(BADLY_FORMATTED);
      }
      exclude = action.equals("exclude");
    }
    Method method = method(options.remove("method"), pattern);
    String name = emptyToNull(options.remove("name"));
    String header = emptyToNull(options.remove("header"));
    if (!options.isEmpty()) {
      throw new InvalidFilterException(BADLY_FORMATTED);
    }
    return new EventFilter(exclude, name, header == null ? null : header + ":", method, pattern);
  }

  private static Method method(String value, String pattern) throws InvalidFilterException {
    if (value == null || value.equals("none")) {
      if (!pattern.isEmpty()) {
        throw new InvalidFilterException(BADLY_FORMATTED);
      }
      return Method.NONE;
    }
    Method method;
    try {
      method = Method.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFilterException(BADLY_FORMATTED);
    }
    if (pattern.isEmpty()) {
      throw new InvalidFilterException(BADLY_FORMATTED);
    }
    return method;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Whether this filter excludes what it matches. */
  boolean isExclude() {
    return exclude;
  }

  /** Whether the filter matches an event, given its name and its whole wire text. */
  boolean matches(String name, String eventText) {
    if (eventName != null && !eventName.equals(name)) {
      return false;
    }
    if (headerName == null) {
      return matchesValue(eventText);
    }
    for (String line : eventText.split("\r\n")) {
      if (line.startsWith(headerName)) {
        String value = line.substring(headerName.length()).stripLeading();
        if (!value.isEmpty() && matchesValue(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean matchesValue(String value) {
    return switch (method) {
      case REGEX -> regex.matcher(value).find();
      case EXACT -> value.equals(text);
      case STARTS_WITH -> value.startsWith(text);
      case ENDS_WITH -> value.endsWith(text);
      case CONTAINS -> value.contains(text);
      case NONE -> true;
    };
  }
}
