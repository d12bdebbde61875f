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
 * @param kind how the header sits in the message
 */
public record FieldPlan(
    ParameterDefinition parameter, String javaName, ValueType type, ClassName enumType, Kind kind) {

  /** How a header sits in the message. */
  public enum Kind {
    /** One header of its name. */
    PLAIN,
    /** Asterisk's {@code Variable: name=value}, repeated for each variable. */
    VARIABLES,
    /**
     * A documented header named like the message's first one ({@code Event} in an event, {@code
     * Action} in an action): it is the second header of that name, and setting it must keep the
     * first.
     */
    SECOND_OF_FIRST_NAME
  }

  /** Validates. */
  public FieldPlan {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(javaName, "javaName");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    if ((type == ValueType.ENUM) != (enumType != null)) {
      throw new IllegalArgumentException("enum type iff ENUM: " + parameter.name());
    }
  }

  /** Whether it is Asterisk's repeated {@code Variable: name=value}. */
  public boolean variablePairs() {
    return kind == Kind.VARIABLES;
  }

  /** The exact documented header name. */
  public String header() {
    return parameter.name();
  }
}
