package org.amiframework.processor.internal.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An element of the light XML tree: unlike a DOM, it keeps the line each element started on (also
 * across {@code xi:include} copies, so a diagnostic points at the original text) and knows whether
 * it arrived through an include. Mutable only while includes are being resolved.
 */
public final class XmlElement implements XmlNode {

  private final String name;
  private final boolean include;
  private final Map<String, String> attributes;
  private final List<XmlNode> children = new ArrayList<>();
  private final int line;
  private XmlElement parent;
  private boolean included;

  /**
   * Creates an element.
   *
   * @param name the qualified name as written ({@code xi:include}, {@code parameter})
   * @param include whether it is an XInclude {@code include} element (by namespace)
   * @param attributes the attributes in document order
   * @param line the 1-based line of its start tag
   */
  public XmlElement(String name, boolean include, Map<String, String> attributes, int line) {
    this.name = name;
    this.include = include;
    this.attributes = new LinkedHashMap<>(attributes);
    this.line = line;
  }

  /** The qualified name as written. */
  public String name() {
    return name;
  }

  /** Whether this is an {@code xi:include} element. */
  public boolean isInclude() {
    return include;
  }

  /** The attribute's value, or null. */
  public String attribute(String attributeName) {
    return attributes.get(attributeName);
  }

  /** The 1-based line of the start tag in the file (of the original, for included copies). */
  public int line() {
    return line;
  }

  /** The parent element, or null for the root. */
  public XmlElement parent() {
    return parent;
  }

  /** Whether this element or one of its ancestors was copied in by an {@code xi:include}. */
  public boolean isIncluded() {
    for (XmlElement e = this; e != null; e = e.parent) {
      if (e.included) {
        return true;
      }
    }
    return false;
  }

  /** The child nodes, live. */
  public List<XmlNode> children() {
    return children;
  }

  /** The child elements, in order. */
  public List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (XmlNode n : children) {
      if (n instanceof XmlElement e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The child elements of this name, in order. */
  public List<XmlElement> elements(String childName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlNode n : children) {
      if (n instanceof XmlElement e && e.name.equals(childName)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first child element of this name, or null. */
  public XmlElement element(String childName) {
    for (XmlNode n : children) {
      if (n instanceof XmlElement e && e.name.equals(childName)) {
        return e;
      }
    }
    return null;
  }

  /** Appends a child and adopts it. */
  public void append(XmlNode child) {
    adopt(child);
    children.add(child);
  }

  /** Replaces {@code old}, a child of this element, with {@code replacements} at its place. */
  public void replace(XmlElement old, List<XmlNode> replacements) {
    int index = children.indexOf(old);
    if (index < 0) {
      throw new IllegalArgumentException("not a child: " + old);
    }
    children.remove(index);
    old.parent = null;
    replacements.forEach(this::adopt);
    children.addAll(index, replacements);
  }

  /** Visits this element and every element below it, in document order. */
  public void walk(Consumer<XmlElement> visitor) {
    visitor.accept(this);
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) instanceof XmlElement e) {
        e.walk(visitor);
      }
    }
  }

  /** The concatenated text below this element, whitespace runs collapsed to one space. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString().replaceAll("\\s+", " ").trim();
  }

  private void appendText(StringBuilder sb) {
    for (XmlNode n : children) {
      if (n instanceof XmlText t) {
        sb.append(t.text());
      } else if (n instanceof XmlElement e) {
        e.appendText(sb);
      }
    }
  }

  /** A deep copy, detached, marked as included, keeping every element's original line. */
  public XmlElement copyIncluded() {
    XmlElement c = copy();
    c.included = true;
    return c;
  }

  @Override
  public XmlElement copy() {
    XmlElement c = new XmlElement(name, include, attributes, line);
    c.included = included;
    for (XmlNode n : children) {
      c.append(n.copy());
    }
    return c;
  }

  private void adopt(XmlNode child) {
    if (child instanceof XmlElement e) {
      e.parent = this;
    }
  }

  /** The start tag with its name attribute, for diagnostics: {@code <parameter name="X">}. */
  public String describe() {
    String n = attributes.get("name");
    return n == null ? "<" + name + ">" : "<" + name + " name=\"" + n + "\">";
  }

  @Override
  public String toString() {
    return describe() + "@" + line;
  }
}
