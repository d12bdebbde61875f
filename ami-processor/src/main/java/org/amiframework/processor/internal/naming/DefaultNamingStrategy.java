package org.amiframework.processor.internal.naming;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The naming rules of generated bindings:
 *
 * <ul>
 *   <li>Classes keep the documented name when it is a legal Java name ({@code RTCPSent}, {@code
 *       DAHDIChannel}): users search for the name Asterisk writes. Other names become upper camel
 *       case of their words ({@code Cause-txt} to {@code CauseTxt}).
 *   <li>Members are lower camel case of the words, acronyms folded ({@code CallerIDNum} to {@code
 *       callerIdNum}); a keyword, or a method every event or action already has ({@code name},
 *       {@code message}, {@code toString}), gets the suffix {@code Value}.
 *   <li>A leading digit gets a {@code _} before it ({@code 100rel} to {@code _100rel}).
 *   <li>Enum constants are upper snake case of the value's words; a numeric value takes the short
 *       name its documentation gives when there is one ({@code 2} documented as {@code
 *       AST_DEVICE_INUSE}), a negative one is spelled {@code MINUS_1}.
 * </ul>
 */
public class DefaultNamingStrategy implements NamingStrategy {

  /** Methods the generated classes or their bases already declare; a member must not reuse them. */
  private static final Set<String> RESERVED_MEMBERS =
      Set.of(
          "name",
          "message",
          "privilegeClasses",
          "header",
          "text",
          "integer",
          "longInteger",
          "decimal",
          "bool",
          "actionName",
          "toMessage",
          "writeClasses",
          "resultShape",
          "builder",
          "build",
          "fromMessage",
          "variables",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  @Override
  public String eventClass(String eventName) {
    return typeName(eventName);
  }

  @Override
  public String actionClass(String actionName) {
    return typeName(actionName);
  }

  @Override
  public String enumClass(String baseName) {
    return typeName(baseName);
  }

  @Override
  public String enumConstant(String value, String label) {
    boolean noWords = value.chars().noneMatch(Character::isLetter);
    if (noWords && label != null) {
      return JavaWords.legal(JavaWords.upperSnake(JavaWords.split(label)), "EMPTY");
    }
    String name = JavaWords.legal(JavaWords.upperSnake(JavaWords.split(value)), "EMPTY");
    return value.startsWith("-") && noWords ? "MINUS" + name : name;
  }

  @Override
  public String member(String headerName) {
    String candidate = JavaWords.legal(JavaWords.lowerCamel(JavaWords.split(headerName)), "value");
    if (JavaWords.isKeyword(candidate) || RESERVED_MEMBERS.contains(candidate)) {
      return candidate + "Value";
    }
    return candidate;
  }

  @Override
  public String bindingsClass(String baseName) {
    return typeName(baseName) + "Bindings";
  }

  @Override
  public Optional<String> renamingReason(String documentedName) {
    if (documentedName.isEmpty() || Character.isDigit(documentedName.charAt(0))) {
      return Optional.of("starts with a digit");
    }
    if (!SourceVersion.isIdentifier(documentedName)) {
      return Optional.of("holds characters a Java name cannot");
    }
    if (JavaWords.isKeyword(JavaWords.lowerCamel(JavaWords.split(documentedName)))) {
      return Optional.of("is a Java keyword");
    }
    return Optional.empty();
  }

  private static String typeName(String documented) {
    if (SourceVersion.isIdentifier(documented) && !JavaWords.isKeyword(documented)) {
      return JavaWords.capitalize(documented);
    }
    List<String> words = JavaWords.split(documented);
    return JavaWords.legal(JavaWords.upperCamel(words), "Unnamed");
  }
}
