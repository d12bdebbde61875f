package org.amiframework.processor.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.amiframework.processor.internal.diag.DiagnosticId;

/**
 * Checks a handler method as the runtime does at deployment ({@code HandlerMethodReader}, and the
 * part of {@code HandlerResolver} that depends only on the event class): signature, name patterns,
 * {@code @Where} conditions, {@code @RequiresPrivilege}, {@code @Server}; and, when the event is a
 * generated class, that its patterns, classes and filtered headers fit what it documents.
 */
public final class HandlerMethodChecker {

  private final Elements elements;
  private final Types types;
  private final AnnotationReader reader;
  private final TypeMirror amiEvent;
  private final TypeMirror amiClient;

  /** A checker over one compilation's types. */
  public HandlerMethodChecker(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.reader = new AnnotationReader(elements);
    this.amiEvent = typeOf(elements, RuntimeNames.AMI_EVENT);
    this.amiClient = typeOf(elements, RuntimeNames.AMI_CLIENT);
  }

  private static TypeMirror typeOf(Elements elements, String name) {
    TypeElement e = elements.getTypeElement(name);
    return e == null ? null : e.asType();
  }

  /**
   * Whether the method's event type is not known yet: a class another processor generates in a
   * later round. Its check waits for that round.
   */
  public static boolean waitsForTypes(ExecutableElement method) {
    return !method.getParameters().isEmpty()
        && method.getParameters().get(0).asType().getKind() == TypeKind.ERROR;
  }

  /** Every problem of the method, none when it is a valid handler or no handler at all. */
  public List<HandlerFinding> check(ExecutableElement method) {
    List<AnnotationMirror> wheres =
        AnnotationReader.repeated(method, RuntimeNames.WHERE, RuntimeNames.WHERE_LIST);
    AnnotationMirror privilege = AnnotationReader.find(method, RuntimeNames.REQUIRES_PRIVILEGE);
    Findings out = new Findings(method, describe(method));
    if (AnnotationReader.find(method, RuntimeNames.ON_EVENT) == null) {
      if (!wheres.isEmpty() || privilege != null) {
        out.at(method, DiagnosticId.FILTER_WITHOUT_HANDLER)
            .on(wheres.isEmpty() ? RuntimeNames.REQUIRES_PRIVILEGE : RuntimeNames.WHERE, 0, null)
            .add("@Where and @RequiresPrivilege need @OnEvent");
      }
      return out.all;
    }
    TypeElement eventType = checkSignature(method, out);
    List<String> patterns = checkPatterns(method, out);
    List<WhereCondition> conditions = new ArrayList<>();
    for (int i = 0; i < wheres.size(); i++) {
      WhereCondition.read(wheres.get(i), i, reader, out).ifPresent(conditions::add);
    }
    List<String> required = null;
    if (privilege != null) {
      required = reader.enumNames(privilege, "value");
      if (required.isEmpty()) {
        out.at(method, DiagnosticId.BAD_PRIVILEGE_FILTER)
            .on(RuntimeNames.REQUIRES_PRIVILEGE, 0, "value")
            .add("@RequiresPrivilege names no class, so no event could pass");
      }
    }
    AnnotationMirror server = AnnotationReader.find(method, RuntimeNames.SERVER);
    if (server != null && reader.string(server, "value").isBlank()) {
      out.at(method, DiagnosticId.BLANK_SERVER)
          .on(RuntimeNames.SERVER, 0, "value")
          .add("@Server has a blank name");
    }
    DocumentedEvent documented = eventType == null ? null : DocumentedEvent.of(eventType, reader);
    if (out.all.isEmpty() && documented != null) {
      new DocumentedEventCheck(documented, out).check(patterns, required, conditions);
    }
    return out.all;
  }

  /** The event parameter's class, or null after reporting what is wrong with the signature. */
  private TypeElement checkSignature(ExecutableElement method, Findings out) {
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      out.at(method, DiagnosticId.HANDLER_MODIFIERS).add("must not be private");
    }
    if (!method.getTypeParameters().isEmpty()) {
      out.at(method, DiagnosticId.HANDLER_MODIFIERS).add("must not declare type parameters");
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      out.at(method, DiagnosticId.HANDLER_RETURN_TYPE)
          .add("must return void, not " + simpleName(method.getReturnType()));
    }
    List<? extends VariableElement> params = method.getParameters();
    if (params.isEmpty() || params.size() > 2) {
      out.at(method, DiagnosticId.HANDLER_PARAMETERS)
          .add(
              "must take the event, optionally followed by the AmiClient connection; it takes "
                  + params.size()
                  + " parameters");
      return null;
    }
    if (params.size() == 2
        && amiClient != null
        && !types.isSameType(params.get(1).asType(), amiClient)) {
      out.at(params.get(1), DiagnosticId.HANDLER_PARAMETERS)
          .add(
              "its second parameter must be AmiClient (the connection), not "
                  + params.get(1).asType());
    }
    TypeMirror first = params.get(0).asType();
    boolean isClass =
        first.getKind() == TypeKind.DECLARED && ((DeclaredType) first).getTypeArguments().isEmpty();
    if (isClass && (amiEvent == null || types.isAssignable(first, amiEvent))) {
      return (TypeElement) types.asElement(first);
    }
    if (amiEvent != null && first.getKind() != TypeKind.ERROR) {
      out.at(params.get(0), DiagnosticId.HANDLER_PARAMETERS)
          .add("its first parameter must be an event type (AmiEvent or a subtype), not " + first);
    }
    return null;
  }

  private List<String> checkPatterns(ExecutableElement method, Findings out) {
    List<String> patterns =
        reader.strings(AnnotationReader.find(method, RuntimeNames.ON_EVENT), "value");
    for (String p : patterns) {
      String problem =
          p.isEmpty()
              ? "an empty event name pattern matches nothing"
              : p.chars().anyMatch(Character::isWhitespace)
                  ? "event name pattern '" + p + "' holds whitespace, which no event name does"
                  : null;
      if (problem != null) {
        out.at(method, DiagnosticId.BAD_NAME_PATTERN)
            .on(RuntimeNames.ON_EVENT, 0, "value")
            .add(problem);
      }
    }
    return patterns;
  }

  /**
   * {@code com.example.Bean.method(Hangup, AmiClient)}, exactly as the runtime names a handler
   * (binary class name: {@code Outer$Inner}).
   */
  private String describe(ExecutableElement method) {
    return elements.getBinaryName((TypeElement) method.getEnclosingElement())
        + "."
        + method.getSimpleName()
        + method.getParameters().stream()
            .map(p -> simpleName(p.asType()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String simpleName(TypeMirror type) {
    String s = type.toString().replaceAll("<.*>", "");
    return s.substring(s.lastIndexOf('.') + 1);
  }
}
