package org.amiframework.processor.internal.plan;

import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.overlay.Overlay;

/**
 * Decides the type of each header, first rule that speaks wins: the overlay's type table (the
 * user's over the project's; by exact name, then by snapshot field), the snapshot field's own type,
 * an {@code <enumlist>}, else string.
 */
final class TypeResolver {

  private final Overlay overlay;
  private final Diagnostics diagnostics;

  TypeResolver(Overlay overlay, Diagnostics diagnostics) {
    this.overlay = overlay;
    this.diagnostics = diagnostics;
  }

  ValueType resolve(String owner, ParameterDefinition p) {
    ValueType t = overlay.type(owner, p.name());
    if (t == null && !p.baseName().equals(p.name())) {
      t = overlay.type(owner, p.baseName());
    }
    if (t == null) {
      t = p.typeHint();
    }
    if (t == null) {
      t = p.enumValues().isEmpty() ? ValueType.STRING : ValueType.ENUM;
    }
    if (t == ValueType.ENUM && p.enumValues().isEmpty()) {
      diagnostics.report(
          DiagnosticId.ENUM_WITHOUT_VALUES,
          p.location(),
          "the type table says enum, but "
              + owner
              + "."
              + p.name()
              + " documents no values; it stays a string");
      t = ValueType.STRING;
    }
    return t;
  }
}
