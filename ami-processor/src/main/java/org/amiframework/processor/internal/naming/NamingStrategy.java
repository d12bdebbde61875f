package org.amiframework.processor.internal.naming;

import java.util.Optional;

/**
 * Turns documented names into Java names, separate from the model (what exists) and from the writer
 * (how code looks), as jOOQ's generator strategy does. It maps one name at a time and knows nothing
 * of other names: collisions are settled by a {@link NameScope}.
 */
public interface NamingStrategy {

  /** The class of an event ({@code Hangup}). */
  String eventClass(String eventName);

  /** The class of an action ({@code Originate}). */
  String actionClass(String actionName);

  /** The enum of a parameter's values, from the name types are looked up by. */
  String enumClass(String baseName);

  /**
   * An enum constant for a documented value ({@code Dialing Offhook} to {@code DIALING_OFFHOOK}).
   *
   * @param value the value on the wire
   * @param label for values that are no words, the short name the documentation gives, or null
   */
  String enumConstant(String value, String label);

  /** Accessor and builder method of a header or parameter ({@code CallerIDNum} to callerIdNum). */
  String member(String headerName);

  /** The bindings catalog class from a base name ({@code pbx} to {@code PbxBindings}). */
  String bindingsClass(String baseName);

  /**
   * Why a documented name cannot be used as it stands in Java ("is a Java keyword"), or empty when
   * it can: such names are a data oddity worth a warning.
   */
  Optional<String> renamingReason(String documentedName);
}
