package org.amiframework.processor.internal.definitions;

import java.util.regex.Pattern;
import org.amiframework.processor.internal.xml.XmlElement;

/**
 * Finds a short name for enum values that are numbers, from their documentation: {@code <enum
 * name="2"><para>AST_DEVICE_INUSE</para></enum>}, {@code <para>Module not found</para>}, or the
 * part before a dash ({@code Idle - Related device(s) are in an idle state.}). Longer prose gives
 * none.
 */
final class EnumLabels {

  private static final Pattern SHORT_NAME =
      Pattern.compile("[A-Za-z][A-Za-z0-9_&]*( [A-Za-z0-9_&]+){0,3}");

  private EnumLabels() {}

  /** The label of a value, or null when it has letters itself or no short documented name. */
  static String of(String value, XmlElement para) {
    if (para == null || value.chars().anyMatch(Character::isLetter)) {
      return null;
    }
    String text = para.text();
    int dash = text.indexOf(" - ");
    String head = (dash > 0 ? text.substring(0, dash) : text).trim();
    if (head.endsWith(".")) {
      head = head.substring(0, head.length() - 1);
    }
    return SHORT_NAME.matcher(head).matches() ? head : null;
  }
}
