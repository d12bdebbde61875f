package org.amiframework.processor.internal.write;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/** Makes documentation text safe inside a Javadoc comment. */
final class JavadocText {

  private JavadocText() {}

  /**
   * Escapes what would end the comment, start a tag, be read as HTML, or be read by javac as a
   * unicode escape ({@code \}{@code u} is processed even in comments).
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '@' -> sb.append("&#64;");
        case '\\' -> sb.append("&#92;");
        case '/' -> sb.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A sentence ending with a period, from documentation text or a fallback when empty. */
  static String sentence(String text, String fallback) {
    String t = text == null || text.isBlank() ? fallback : text.trim();
    t = escape(t);
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }

  /** {@code a, b, c}, or the fallback for an empty list. */
  static String list(List<String> items, String fallback) {
    return items.isEmpty() ? fallback : escape(String.join(", ", items));
  }

  /** Lines of generated Javadoc stay within this many characters of text. */
  private static final int WIDTH = 88;

  /**
   * Javadoc from a JavaPoet format whose arguments are text ({@code $L}, {@code $S}), with long
   * lines wrapped at word boundaries so the generated source reads well.
   */
  static CodeBlock block(String format, Object... args) {
    return CodeBlock.of("$L", wrap(CodeBlock.of(format, args).toString()));
  }

  static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      int lineStart = out.length();
      for (String word : line.split(" ", -1)) {
        if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
          out.append('\n');
          lineStart = out.length();
        } else if (out.length() > lineStart) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }
}
