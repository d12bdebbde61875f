package org.amiframework.processor.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code xpointer(...)} scheme as Asterisk's documentation uses it: an XPath into the same
 * document. The JDK's XInclude cannot evaluate it, and a general XPath engine is slow on a 1.6 MB
 * document that changes after every include, so this evaluates the subset the real files use, on
 * the light tree:
 *
 * <pre>
 * xpointer( ['/'] step ('/' step)* )
 * step      = name | '*' | 'node()' | 'text()', each followed by predicates
 * predicate = [@attr='v'] | [n] | [contains(@attr,'v')] | [starts-with(@attr,'v')]
 * </pre>
 *
 * Anything else is reported as unsupported by {@link #parse} returning empty.
 */
public final class XPointer {

  private final List<Step> steps;

  private XPointer(List<Step> steps) {
    this.steps = steps;
  }

  /** Parses an {@code xpointer} attribute value, or returns empty when it is outside the subset. */
  public static Optional<XPointer> parse(String pointer) {
    if (pointer == null) {
      return Optional.empty();
    }
    String p = pointer.trim();
    if (!p.startsWith("xpointer(") || !p.endsWith(")")) {
      return Optional.empty();
    }
    try {
      Parser parser = new Parser(p.substring("xpointer(".length(), p.length() - 1));
      return Optional.of(new XPointer(parser.path()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The nodes the path selects in the document whose root element is {@code root}. */
  public List<XmlNode> select(XmlElement root) {
    List<XmlNode> current = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      List<XmlNode> next = new ArrayList<>();
      if (i == 0) {
        step.apply(List.of(root), next);
      } else {
        for (XmlNode n : current) {
          if (n instanceof XmlElement e) {
            step.apply(e.children(), next);
          }
        }
      }
      current = next;
    }
    return current;
  }

  private enum Test {
    NAME,
    ANY_ELEMENT,
    ANY_NODE,
    TEXT
  }

  private sealed interface Predicate permits AttributeTest, Position {}

  private record AttributeTest(String function, String attribute, String value)
      implements Predicate {
    boolean matches(XmlElement e) {
      String actual = e.attribute(attribute);
      if (actual == null) {
        return false;
      }
      return switch (function) {
        case "=" -> actual.equals(value);
        case "contains" -> actual.contains(value);
        default -> actual.startsWith(value);
      };
    }
  }

  private record Position(int index) implements Predicate {}

  private record Step(Test test, String name, List<Predicate> predicates) {

    /** Adds to {@code out} the nodes of {@code candidates} (one context's children) it selects. */
    void apply(List<XmlNode> candidates, List<XmlNode> out) {
      List<XmlNode> matched = new ArrayList<>();
      for (XmlNode n : candidates) {
        if (matchesTest(n)) {
          matched.add(n);
        }
      }
      for (Predicate p : predicates) {
        List<XmlNode> kept = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
          XmlNode n = matched.get(i);
          boolean keep =
              p instanceof Position pos
                  ? pos.index() == i + 1
                  : n instanceof XmlElement e && ((AttributeTest) p).matches(e);
          if (keep) {
            kept.add(n);
          }
        }
        matched = kept;
      }
      out.addAll(matched);
    }

    private boolean matchesTest(XmlNode n) {
      return switch (test) {
        case ANY_NODE -> true;
        case TEXT -> n instanceof XmlText;
        case ANY_ELEMENT -> n instanceof XmlElement;
        case NAME -> n instanceof XmlElement e && e.name().equals(name);
      };
    }
  }

  /** A small recursive-descent parser over the path text. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    List<Step> path() {
      List<Step> steps = new ArrayList<>();
      skipBlanks();
      accept('/');
      steps.add(step());
      while (accept('/')) {
        steps.add(step());
      }
      skipBlanks();
      if (pos != s.length()) {
        throw fail();
      }
      return steps;
    }

    private Step step() {
      skipBlanks();
      Test test;
      String name = null;
      if (acceptWord("node()")) {
        test = Test.ANY_NODE;
      } else if (acceptWord("text()")) {
        test = Test.TEXT;
      } else if (accept('*')) {
        test = Test.ANY_ELEMENT;
      } else {
        test = Test.NAME;
        name = name();
      }
      List<Predicate> predicates = new ArrayList<>();
      while (accept('[')) {
        predicates.add(predicate());
        expect(']');
      }
      return new Step(test, name, predicates);
    }

    private Predicate predicate() {
      skipBlanks();
      if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        return new Position(Integer.parseInt(s.substring(start, pos)));
      }
      if (accept('@')) {
        String attribute = name();
        expect('=');
        return new AttributeTest("=", attribute, literal());
      }
      String function = name();
      if (!function.equals("contains") && !function.equals("starts-with")) {
        throw fail();
      }
      expect('(');
      expect('@');
      String attribute = name();
      expect(',');
      String value = literal();
      expect(')');
      return new AttributeTest(function, attribute, value);
    }

    private String name() {
      skipBlanks();
      int start = pos;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':') {
          pos++;
        } else {
          break;
        }
      }
      if (start == pos) {
        throw fail();
      }
      return s.substring(start, pos);
    }

    private String literal() {
      skipBlanks();
      if (pos >= s.length() || (s.charAt(pos) != '\'' && s.charAt(pos) != '"')) {
        throw fail();
      }
      char quote = s.charAt(pos++);
      int end = s.indexOf(quote, pos);
      if (end < 0) {
        throw fail();
      }
      String value = s.substring(pos, end);
      pos = end + 1;
      return value;
    }

    private boolean acceptWord(String word) {
      if (s.startsWith(word, pos)) {
        pos += word.length();
        return true;
      }
      return false;
    }

    private boolean accept(char c) {
      skipBlanks();
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw fail();
      }
    }

    private void skipBlanks() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException fail() {
      return new IllegalArgumentException("unsupported xpointer at " + pos + ": " + s);
    }
  }
}
