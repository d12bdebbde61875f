package org.amiframework.processor.internal.diag;

import java.util.Objects;

/**
 * Where in an input file something was found.
 *
 * @param file the file as the user named it
 * @param line the 1-based line, or 0 when unknown
 * @param element a short description of the element ({@code <parameter name="Cause-txt">})
 */
public record SourceLocation(String file, int line, String element) {

  /** Validates. */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(element, "element");
  }

  /** The location of a whole file, no line. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, "");
  }

  /** The same place, described as another element. */
  public SourceLocation describing(String otherElement) {
    return new SourceLocation(file, line, otherElement);
  }

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line : file;
    return element.isEmpty() ? where : where + ": " + element;
  }
}
