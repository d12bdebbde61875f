package org.amiframework.processor.internal.definitions;

import java.util.List;
import java.util.Objects;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * One documented header of an event, or parameter of an action.
 *
 * @param name the exact documented name ({@code DestChannelState})
 * @param baseName the name types and enums are looked up by: the snapshot field for snapshot
 *     parameters ({@code ChannelState}), else the name
 * @param required whether the documentation marks it required
 * @param defaultValue the documented default, or null
 * @param enumValues the documented {@code <enumlist>} values, in order (empty: none)
 * @param description the first paragraph of its documentation, whitespace collapsed, or empty
 * @param typeHint a type known from where it came from (snapshot fields), or null
 * @param location where it is defined
 */
public record ParameterDefinition(
    String name,
    String baseName,
    boolean required,
    String defaultValue,
    List<EnumValue> enumValues,
    String description,
    ValueType typeHint,
    SourceLocation location) {

  /** Validates and copies. */
  public ParameterDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseName, "baseName");
    enumValues = List.copyOf(enumValues);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(location, "location");
  }

  /** A copy with other enum values (after a merge, or with prose values removed). */
  public ParameterDefinition withEnumValues(List<EnumValue> values) {
    return new ParameterDefinition(
        name, baseName, required, defaultValue, values, description, typeHint, location);
  }

  /** The values on the wire, in order. */
  public List<String> enumNames() {
    return enumValues.stream().map(EnumValue::value).toList();
  }

  /** A copy marked required when either is. */
  public ParameterDefinition withRequired(boolean req) {
    return new ParameterDefinition(
        name, baseName, req, defaultValue, enumValues, description, typeHint, location);
  }
}
