package org.amiframework.processor.internal.xml;

/**
 * Character data between elements, kept as written.
 *
 * @param text the characters
 */
public record XmlText(String text) implements XmlNode {

  @Override
  public XmlNode copy() {
    return this;
  }
}
