package org.amiframework.processor.internal.xml;

/** The input is not well-formed XML; carries the line the parser stopped at. */
public final class XmlSyntaxException extends Exception {

  private final int line;

  /**
   * Creates the exception.
   *
   * @param message what the parser said
   * @param line the 1-based line, or 0 when unknown
   * @param cause the parser's exception
   */
  public XmlSyntaxException(String message, int line, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }
}
