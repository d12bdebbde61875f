package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.Definitions;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;
import org.amiframework.processor.internal.naming.NameScope;
import org.amiframework.processor.internal.naming.NamingStrategy;
import org.amiframework.processor.internal.overlay.Overlay;
import org.amiframework.processor.internal.overlay.ResultShapeEntry;
import org.amiframework.processor.internal.validate.HeaderPatterns;
import org.amiframework.processor.internal.write.CoreTypes;

/**
 * The planning step: decides every Java name and type from validated definitions, the overlay and a
 * naming strategy, so the writer only formats. Names are claimed in sorted order, so the same input
 * always gives the same names.
 */
public final class BindingsPlanner {

  private final Overlay overlay;
  private final NamingStrategy naming;
  private final Diagnostics diagnostics;
  private final TypeResolver types;
  private final Set<String> reportedRenames = new HashSet<>();

  /**
   * Creates a planner.
   *
   * @param overlay the overlay (the user's over the project's)
   * @param naming the naming strategy
   * @param diagnostics where naming oddities go
   */
  public BindingsPlanner(Overlay overlay, NamingStrategy naming, Diagnostics diagnostics) {
    this.overlay = overlay;
    this.naming = naming;
    this.diagnostics = diagnostics;
    this.types = new TypeResolver(overlay, diagnostics);
  }

  /**
   * Plans the bindings of validated definitions.
   *
   * @param definitions the validated definitions
   * @param packageName the package that receives the bindings
   * @param bindingsBaseName the base of the catalog class name ({@code Pbx} for {@code
   *     PbxBindings})
   * @param asteriskVersion the documented Asterisk version, or "unknown"
   */
  public BindingsPlan plan(
      Definitions definitions,
      String packageName,
      String bindingsBaseName,
      String asteriskVersion) {
    String eventPkg = packageName + ".event";
    String actionPkg = packageName + ".action";
    EnumCatalog enums = new EnumCatalog(naming, packageName + ".enums");
    Map<String, ValueType> typeByUse = new HashMap<>();
    for (EventDefinition e : definitions.events()) {
      resolveTypes(e.name(), e.parameters(), enums, typeByUse);
    }
    for (ActionDefinition a : definitions.actions()) {
      resolveTypes(a.name(), a.parameters(), enums, typeByUse);
    }
    enums.assignNames();

    NameScope eventNames = NameScope.forTypes();
    Map<String, ClassName> eventClasses = new HashMap<>();
    List<EventPlan> events = new ArrayList<>();
    for (EventDefinition e : definitions.events()) {
      ClassName cls =
          ClassName.get(
              eventPkg, className(eventNames, naming.eventClass(e.name()), e.name(), e.location()));
      eventClasses.put(e.name(), cls);
      List<String> patterns = new ArrayList<>();
      for (ParameterDefinition p : e.parameters()) {
        HeaderPatterns.regex(p.name()).ifPresent(patterns::add);
      }
      events.add(
          new EventPlan(
              e, cls, fields(e.name(), e.parameters(), false, enums, typeByUse), patterns));
    }
    NameScope actionNames = NameScope.forTypes();
    List<ActionPlan> actions = new ArrayList<>();
    for (ActionDefinition a : definitions.actions()) {
      ClassName cls =
          ClassName.get(
              actionPkg,
              className(actionNames, naming.actionClass(a.name()), a.name(), a.location()));
      actions.add(
          new ActionPlan(
              a,
              cls,
              fields(a.name(), a.parameters(), true, enums, typeByUse),
              overlay.writeClasses(a.name()),
              result(a, eventClasses)));
    }
    ClassName bindings = ClassName.get(packageName, naming.bindingsClass(bindingsBaseName));
    return new BindingsPlan(
        bindings, definitions.file(), asteriskVersion, events, actions, enums.plans());
  }

  private void resolveTypes(
      String owner,
      List<ParameterDefinition> parameters,
      EnumCatalog enums,
      Map<String, ValueType> typeByUse) {
    for (ParameterDefinition p : parameters) {
      if (HeaderPatterns.isPattern(p.name())) {
        continue;
      }
      ValueType t = types.resolve(owner, p);
      typeByUse.put(owner + "." + p.name(), t);
      if (t == ValueType.ENUM) {
        enums.add(owner, p);
      }
    }
  }

  private List<FieldPlan> fields(
      String owner,
      List<ParameterDefinition> parameters,
      boolean action,
      EnumCatalog enums,
      Map<String, ValueType> typeByUse) {
    NameScope members = NameScope.forMembers();
    List<FieldPlan> out = new ArrayList<>();
    for (ParameterDefinition p : parameters) {
      if (HeaderPatterns.isPattern(p.name()) || (action && p.name().equalsIgnoreCase("ActionID"))) {
        continue; // patterns are matched by regex; an action's ActionID is the client's
      }
      if (action && overlay.isVariables(owner, p.name())) {
        out.add(
            new FieldPlan(
                p, members.claim("variables"), ValueType.STRING, null, FieldPlan.Kind.VARIABLES));
        continue;
      }
      String wanted = naming.member(p.name());
      Optional<String> reason = naming.renamingReason(p.name());
      // One parameter included into many definitions (Interface) is one oddity, reported once.
      if (reason.isPresent() && reportedRenames.add(p.location() + p.name())) {
        diagnostics.report(
            DiagnosticId.NOT_AN_IDENTIFIER,
            p.location().describing(p.location().element() + " of " + owner),
            "\"" + p.name() + "\" " + reason.get() + "; its accessor is " + wanted + "()");
      }
      String name = members.claim(wanted);
      if (!name.equals(wanted)) {
        diagnostics.report(
            DiagnosticId.NAME_COLLISION,
            p.location().describing(p.location().element() + " of " + owner),
            "\""
                + p.name()
                + "\" maps to "
                + wanted
                + "(), already taken by another header; it"
                + " becomes "
                + name
                + "()");
      }
      if (p.name().equalsIgnoreCase(action ? "Action" : "Event")) {
        out.add(
            new FieldPlan(p, name, ValueType.STRING, null, FieldPlan.Kind.SECOND_OF_FIRST_NAME));
        continue;
      }
      ValueType t = typeByUse.get(owner + "." + p.name());
      out.add(
          new FieldPlan(
              p,
              name,
              t,
              t == ValueType.ENUM ? enums.classOf(owner, p) : null,
              FieldPlan.Kind.PLAIN));
    }
    return out;
  }

  private String className(
      NameScope scope, String wanted, String documented, SourceLocation location) {
    Optional<String> reason = naming.renamingReason(documented);
    if (reason.isPresent()) {
      diagnostics.report(
          DiagnosticId.NOT_AN_IDENTIFIER,
          location,
          "\"" + documented + "\" " + reason.get() + "; its class is " + wanted);
    }
    String name = scope.claim(wanted);
    if (!name.equals(wanted)) {
      diagnostics.report(
          DiagnosticId.NAME_COLLISION,
          location,
          "\"" + documented + "\" maps to class " + wanted + ", already taken; it becomes " + name);
    }
    return name;
  }

  private ResultPlan result(ActionDefinition a, Map<String, ClassName> eventClasses) {
    ResultShapeEntry entry = overlay.resultShape(a.name());
    if (entry == null) {
      if (a.completionEvent() == null) {
        return ResultPlan.single();
      }
      entry = new ResultShapeEntry(ResultShapeEntry.Kind.LIST, a.listItems(), a.completionEvent());
    }
    return switch (entry.kind()) {
      case SINGLE -> ResultPlan.single();
      case COMMAND -> new ResultPlan(ResultPlan.Kind.COMMAND, null, null);
      case LIST -> {
        Set<String> items = new LinkedHashSet<>(entry.items());
        if (items.isEmpty()) {
          items.addAll(a.listItems());
        }
        ClassName item =
            items.size() == 1 && eventClasses.containsKey(items.iterator().next())
                ? eventClasses.get(items.iterator().next())
                : CoreTypes.AMI_EVENT;
        String completion =
            entry.completionEvent() != null ? entry.completionEvent() : a.completionEvent();
        yield new ResultPlan(ResultPlan.Kind.LIST, item, completion);
      }
    };
  }
}
