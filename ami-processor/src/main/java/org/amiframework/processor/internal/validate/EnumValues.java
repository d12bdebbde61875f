package org.amiframework.processor.internal.validate;

/** Tells enum values from prose that documents values ({@code system,call,log,...}). */
public final class EnumValues {

  private static final String PROSE_MARKS = ",<>\"=[]|…";

  private EnumValues() {}

  /**
   * Whether an {@code <enum name="...">} is prose: lists, placeholders, quotes or ellipses never
   * occur in one value Asterisk sends or accepts; long multi-word text neither.
   */
  public static boolean isProse(String value) {
    for (char c : value.toCharArray()) {
      if (PROSE_MARKS.indexOf(c) >= 0) {
        return true;
      }
    }
    return value.contains("...") || value.length() > 40 || value.split(" ").length > 4;
  }
}
