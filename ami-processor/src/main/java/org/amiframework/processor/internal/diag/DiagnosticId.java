package org.amiframework.processor.internal.diag;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor can report, with a stable id users can search for and suppress
 * ({@code suppress} of the annotation). Ids never change meaning; new ones are appended.
 */
public enum DiagnosticId {
  /** The definitions file or an overlay file does not exist or cannot be read. */
  FILE_NOT_READABLE("AMI-E001", Kind.ERROR),
  /** The definitions file is not well-formed XML. */
  XML_NOT_WELL_FORMED("AMI-E002", Kind.ERROR),
  /** The annotation itself is unusable (empty path, bad package, ...). */
  BAD_ANNOTATION("AMI-E003", Kind.ERROR),
  /** An unexpected failure inside the processor; reported instead of crashing javac. */
  INTERNAL_ERROR("AMI-E004", Kind.ERROR),
  /** A generated file could not be written. */
  WRITE_FAILED("AMI-E005", Kind.ERROR),

  /** A {@code managerEventInstance@class} that is no privilege class. */
  UNKNOWN_CLASS("AMI-W001", Kind.WARNING),
  /** An {@code <enumlist>} whose names are prose, not values; the parameter stays a string. */
  PROSE_ENUM("AMI-W002", Kind.WARNING),
  /** A parameter name that is a pattern ({@code ReportX...}, {@code Line-000000}). */
  PATTERN_NAME("AMI-W003", Kind.WARNING),
  /** The same action or event defined more than once (several modules); the definitions merge. */
  DUPLICATE_DEFINITION("AMI-W004", Kind.WARNING),
  /** A name that is no Java identifier as it stands (keyword, leading digit, {@code -}). */
  NOT_AN_IDENTIFIER("AMI-W005", Kind.WARNING),
  /** Two names map to the same Java name; the later one gets a numeric suffix. */
  NAME_COLLISION("AMI-W006", Kind.WARNING),
  /** An {@code xi:include} whose {@code xpointer} this reader cannot evaluate; it is dropped. */
  UNSUPPORTED_INCLUDE("AMI-W007", Kind.WARNING),
  /** An {@code xi:include} whose {@code xpointer} selects nothing; it is dropped. */
  EMPTY_INCLUDE("AMI-W008", Kind.WARNING),
  /** Includes still left after the maximum number of passes (a cycle); they are dropped. */
  INCLUDE_CYCLE("AMI-W009", Kind.WARNING),
  /** An overlay line that does not follow the overlay format; it is ignored. */
  BAD_OVERLAY_LINE("AMI-W010", Kind.WARNING),
  /** A definition element without a name; it is skipped. */
  UNNAMED_ELEMENT("AMI-W011", Kind.WARNING),
  /** A type table entry says {@code enum} for a parameter that documents no values. */
  ENUM_WITHOUT_VALUES("AMI-W012", Kind.WARNING),

  // Checks of user code: handler methods, as the runtime checks them at deployment.

  /** An {@code @OnEvent} method's parameters are not (event) or (event, AmiClient). */
  HANDLER_PARAMETERS("AMI-E101", Kind.ERROR),
  /** An {@code @OnEvent} method does not return void. */
  HANDLER_RETURN_TYPE("AMI-E102", Kind.ERROR),
  /** An {@code @OnEvent} method is private or declares type parameters. */
  HANDLER_MODIFIERS("AMI-E103", Kind.ERROR),
  /** A {@code @Where} names a header the handler's typed event does not document. */
  UNKNOWN_HEADER("AMI-E104", Kind.ERROR),
  /** A {@code @Where} has a blank header, or not exactly one of equals and matches. */
  BAD_CONDITION("AMI-E105", Kind.ERROR),
  /** A {@code @Where}'s {@code matches} is no valid regular expression. */
  BAD_REGEX("AMI-E106", Kind.ERROR),
  /**
   * An {@code @OnEvent} name pattern is empty, holds whitespace, or matches no event it could get.
   */
  BAD_NAME_PATTERN("AMI-E107", Kind.ERROR),
  /** A {@code @RequiresPrivilege} names no class, or none that lets the handler's event pass. */
  BAD_PRIVILEGE_FILTER("AMI-E108", Kind.ERROR),
  /** {@code @Where} or {@code @RequiresPrivilege} on a method without {@code @OnEvent}. */
  FILTER_WITHOUT_HANDLER("AMI-E109", Kind.ERROR),
  /** {@code @Server} on a handler method with a blank name. */
  BLANK_SERVER("AMI-E110", Kind.ERROR);

  private final String code;
  private final Kind kind;

  DiagnosticId(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  /** The stable code, {@code AMI-W003}. */
  public String code() {
    return code;
  }

  /** Whether javac reports it as an error or a warning. */
  public Kind kind() {
    return kind;
  }
}
