package org.amiframework.processor.internal.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.Definitions;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;

/**
 * The validation step: reports the oddities of the data that the model can absorb, and absorbs
 * them. Prose in an {@code <enumlist>} ({@code system,call,log,...}) makes the parameter a plain
 * string; pattern names ({@code ReportX...}) are reported here and matched by pattern later.
 */
public final class DefinitionsValidator {

  private final Diagnostics diagnostics;
  private final Set<String> reported = new HashSet<>();

  /** Creates a validator reporting to {@code diagnostics}. */
  public DefinitionsValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The definitions with their oddities absorbed. */
  public Definitions validate(Definitions definitions) {
    List<ActionDefinition> actions = new ArrayList<>();
    for (ActionDefinition a : definitions.actions()) {
      actions.add(a.withParameters(check("manager " + a.name(), a.parameters())));
    }
    List<EventDefinition> events = new ArrayList<>();
    for (EventDefinition e : definitions.events()) {
      events.add(e.withParameters(check("managerEvent " + e.name(), e.parameters())));
    }
    return new Definitions(definitions.file(), actions, events);
  }

  private List<ParameterDefinition> check(String owner, List<ParameterDefinition> parameters) {
    List<ParameterDefinition> out = new ArrayList<>(parameters.size());
    for (ParameterDefinition p : parameters) {
      // A parameter included into several definitions is one oddity: report it once.
      if (HeaderPatterns.isPattern(p.name()) && reported.add(p.location() + p.name())) {
        diagnostics.report(
            DiagnosticId.PATTERN_NAME,
            p.location().describing(p.location().element() + " of " + owner),
            "\""
                + p.name()
                + "\" names a family of headers ("
                + HeaderPatterns.regex(p.name()).orElseThrow()
                + "); no typed accessor, matched by pattern");
      }
      String prose = p.enumNames().stream().filter(EnumValues::isProse).findFirst().orElse(null);
      if (prose != null) {
        if (reported.add(p.location() + p.name() + " enum")) {
          diagnostics.report(
              DiagnosticId.PROSE_ENUM,
              p.location().describing(p.location().element() + " of " + owner),
              "enum name \"" + prose + "\" is prose, not a value; the parameter stays a string");
        }
        p = p.withEnumValues(List.of());
      }
      out.add(p);
    }
    return out;
  }
}
