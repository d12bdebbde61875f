package org.amiframework.runtime.internal;

/**
 * An event name pattern of {@link org.amiframework.runtime.OnEvent}: case-sensitive, {@code *}
 * standing for any run of characters. Compiled once; matching allocates nothing.
 */
final class NamePattern {

  private final String text;
  private final String[] parts;

  private NamePattern(String text) {
    this.text = text;
    this.parts = text.split("\\*", -1);
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException when it is empty or holds whitespace (no event name does)
   */
  static NamePattern compile(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an empty event name pattern matches nothing");
    }
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "event name pattern '" + text + "' holds whitespace, which no event name does");
    }
    return new NamePattern(text);
  }

  /** The pattern as written. */
  String text() {
    return text;
  }

  /** Whether it has no wildcard, so it names exactly one event. */
  boolean exact() {
    return parts.length == 1;
  }

  /** Whether the whole name matches. */
  boolean matches(String name) {
    if (parts.length == 1) {
      return text.equals(name);
    }
    String first = parts[0];
    String last = parts[parts.length - 1];
    if (name.length() < first.length() + last.length()
        || !name.startsWith(first)
        || !name.endsWith(last)) {
      return false;
    }
    int from = first.length();
    int end = name.length() - last.length();
    for (int i = 1; i < parts.length - 1; i++) {
      int at = name.indexOf(parts[i], from);
      if (at < 0 || at + parts[i].length() > end) {
        return false;
      }
      from = at + parts[i].length();
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
