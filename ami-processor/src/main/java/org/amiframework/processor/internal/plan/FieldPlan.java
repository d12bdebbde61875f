package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.Objects;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.definitions.ValueType;

/**
 * How one header becomes Java: accessor and builder method name, type, and enum class.
 *
 * @param parameter the documented parameter
 * @param javaName the accessor and builder method name
 * @param type the decoded type
 * @param enumType the enum class when {@code type} is {@link ValueType#ENUM}, else null
 * @param variablePairs whether it is Asterisk's {@code Variable: name=value} (repeatable pairs)
 */
public record FieldPlan(
    ParameterDefinition parameter,
    String javaName,
    ValueType type,
    ClassName enumType,
    boolean variablePairs) {

  /** Validates. */
  public FieldPlan {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(type, "type");
    if ((type == ValueType.ENUM) != (enumType != null)) {
      throw new IllegalArgumentException("enum type iff ENUM: " + parameter.name());
    }
  }

  /** The exact documented header name. */
  public String header() {
    return parameter.name();
  }
}
