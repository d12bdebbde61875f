package org.amiframework.processor.internal.definitions;

import java.util.Objects;

/**
 * One documented value of an {@code <enumlist>}.
 *
 * @param value the exact value on the wire ({@code Up}, {@code 2})
 * @param label for values that are no words (numbers), the short name their documentation gives
 *     ({@code AST_DEVICE_INUSE}, {@code Module not found}), else null
 */
public record EnumValue(String value, String label) {

  /** Validates. */
  public EnumValue {
    Objects.requireNonNull(value, "value");
  }

  /** A value with no label. */
  public static EnumValue of(String value) {
    return new EnumValue(value, null);
  }
}
