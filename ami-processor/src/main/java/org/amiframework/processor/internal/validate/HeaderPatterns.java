package org.amiframework.processor.internal.validate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises documented names that stand for a family of headers, and gives the regular expression
 * of the real names: {@code ReportXSourceSSRC} (RTCP reports: {@code Report0SourceSSRC}, ...),
 * {@code Line-000000} (UpdateConfig: {@code Line-000001}, ...), {@code UnitAmount(0)} (AOC).
 */
public final class HeaderPatterns {

  // An X placeholder between a lower-case letter and an upper-case one: "ReportXFractionLost".
  private static final Pattern INDEX_X = Pattern.compile("(?<=[a-z])X(?=[A-Z])");
  private static final Pattern NUMBERED = Pattern.compile("-0{2,}");
  private static final Pattern INDEXED = Pattern.compile("\\(0\\)");
  private static final Pattern ANY =
      Pattern.compile(INDEX_X.pattern() + "|" + NUMBERED.pattern() + "|" + INDEXED.pattern());

  private HeaderPatterns() {}

  /** Whether the documented name is a pattern rather than one header's name. */
  public static boolean isPattern(String name) {
    return ANY.matcher(name).find();
  }

  /** The regular expression of the headers a pattern name stands for, or empty for plain names. */
  public static Optional<String> regex(String name) {
    Matcher m = ANY.matcher(name);
    StringBuilder out = new StringBuilder();
    int last = 0;
    boolean any = false;
    while (m.find()) {
      any = true;
      out.append(quote(name.substring(last, m.start())));
      String hit = m.group();
      out.append(hit.equals("X") ? "\\d+" : hit.startsWith("-") ? "-\\d+" : "\\(\\d+\\)");
      last = m.end();
    }
    if (!any) {
      return Optional.empty();
    }
    out.append(quote(name.substring(last)));
    return Optional.of(out.toString());
  }

  private static String quote(String literal) {
    StringBuilder sb = new StringBuilder();
    for (char c : literal.toCharArray()) {
      if ("\\.[]{}()*+?^$|-".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
