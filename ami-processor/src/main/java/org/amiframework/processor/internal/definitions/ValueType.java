package org.amiframework.processor.internal.definitions;

import java.util.Locale;

/** The Java type a header's text is decoded to. Names are those of the overlay type table. */
public enum ValueType {
  /** {@code Integer}; null when the text is no number. */
  INT("int"),
  /** {@code Long}; null when the text is no number. */
  LONG("long"),
  /** {@code Boolean} from Asterisk's yes/no/true/false/1/0/on/off. */
  BOOLEAN("boolean"),
  /** {@code Double}. */
  DECIMAL("decimal"),
  /** {@code java.time.Duration} from a whole number of seconds. */
  DURATION_SECONDS("duration-seconds"),
  /** A generated open enum from the parameter's {@code <enumlist>}. */
  ENUM("enum"),
  /** The text as written. */
  STRING("string");

  private final String overlayName;

  ValueType(String overlayName) {
    this.overlayName = overlayName;
  }

  /** The name used in type tables ({@code duration-seconds}). */
  public String overlayName() {
    return overlayName;
  }

  /** The type of this type-table name (case-insensitive), or null. */
  public static ValueType fromOverlayName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (ValueType t : values()) {
      if (t.overlayName.equals(n)) {
        return t;
      }
    }
    return null;
  }
}
