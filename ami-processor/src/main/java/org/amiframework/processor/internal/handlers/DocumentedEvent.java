package org.amiframework.processor.internal.handlers;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import org.amiframework.processor.internal.definitions.PrivilegeClasses;

/**
 * What {@code @EventMetadata} on a generated event class says: its name, documented headers, header
 * families and privilege classes. Read from the class file of compiled bindings, or from the source
 * the bindings processor generated earlier in the same compilation.
 *
 * @param name the event name
 * @param simpleName the class's simple name, for messages
 * @param headers the documented headers
 * @param headerPatterns regular expressions of documented header families
 * @param classes the privilege class constant names ({@code CALL})
 */
record DocumentedEvent(
    String name,
    String simpleName,
    List<String> headers,
    List<String> headerPatterns,
    List<String> classes) {

  /** The metadata of {@code type}, or null when it is no generated event class. */
  static DocumentedEvent of(TypeElement type, AnnotationReader reader) {
    AnnotationMirror m = AnnotationReader.find(type, RuntimeNames.EVENT_METADATA);
    if (m == null) {
      return null;
    }
    return new DocumentedEvent(
        reader.string(m, "name"),
        type.getSimpleName().toString(),
        reader.strings(m, "headers"),
        reader.strings(m, "headerPatterns"),
        reader.enumNames(m, "classes"));
  }

  /**
   * Whether a handler may filter on {@code header}: documented (case-insensitively, as Asterisk
   * compares names), of a documented family, or one any event may carry.
   */
  boolean allows(String header) {
    if (DynamicHeaders.isDynamic(header)) {
      return true;
    }
    for (String h : headers) {
      if (h.equalsIgnoreCase(header)) {
        return true;
      }
    }
    for (String regex : headerPatterns) {
      if (Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(header).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Class constant names as the runtime prints a set of them: {@code [call, system]}, in Asterisk's
   * table order.
   */
  static String classList(List<String> constants) {
    List<String> names = constants.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    return PrivilegeClasses.inTableOrder(names).toString();
  }
}
