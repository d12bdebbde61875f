package org.amiframework.processor.internal.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Splits documented names into words and joins words into Java names. */
final class JavaWords {

  private JavaWords() {}

  /**
   * The words of a name: split at anything that is not a letter or digit, and at case humps, an
   * upper-case run ending before the next capitalised word ({@code CallerIDNum}: Caller, ID, Num).
   */
  static List<String> split(String name) {
    List<String> words = new ArrayList<>();
    for (String token : name.split("[^A-Za-z0-9]+")) {
      int start = 0;
      for (int i = 1; i < token.length(); i++) {
        char prev = token.charAt(i - 1);
        char c = token.charAt(i);
        boolean hump = Character.isLowerCase(prev) && Character.isUpperCase(c);
        boolean acronymEnd =
            Character.isUpperCase(prev)
                && Character.isUpperCase(c)
                && i + 1 < token.length()
                && Character.isLowerCase(token.charAt(i + 1));
        if (hump || acronymEnd) {
          words.add(token.substring(start, i));
          start = i;
        }
      }
      if (start < token.length()) {
        words.add(token.substring(start));
      }
    }
    return words;
  }

  /** {@code callerIdNum}. */
  static String lowerCamel(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      sb.append(sb.length() == 0 ? lower : capitalize(lower));
    }
    return sb.toString();
  }

  /** {@code CallerIdNum}. */
  static String upperCamel(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(capitalize(w.toLowerCase(Locale.ROOT)));
    }
    return sb.toString();
  }

  /** {@code DIALING_OFFHOOK}. */
  static String upperSnake(List<String> words) {
    return String.join("_", words).toUpperCase(Locale.ROOT);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A legal identifier from a candidate: {@code _} before a leading digit, a fallback if empty. */
  static String legal(String candidate, String fallback) {
    if (candidate.isEmpty()) {
      return fallback;
    }
    return Character.isDigit(candidate.charAt(0)) ? "_" + candidate : candidate;
  }

  /** Whether {@code name} is a Java keyword or literal ({@code class}, {@code true}, {@code _}). */
  static boolean isKeyword(String name) {
    return SourceVersion.isKeyword(name) || Set.of("_", "var", "yield", "record").contains(name);
  }
}
