package org.amiframework.processor.internal.xml;

/** A node of the light XML tree the reader builds: an element or a run of text. */
public sealed interface XmlNode permits XmlElement, XmlText {

  /** A copy that can be spliced elsewhere; text is immutable and shared. */
  XmlNode copy();
}
