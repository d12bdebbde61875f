package org.amiframework.processor.internal.facts;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asterisk version numbers as documentation files carry them: {@code core-en_US-22.10.1.xml}. */
public final class AsteriskVersions {

  private static final Pattern IN_NAME = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)");

  /** Newest first: {@code 22.10.1} before {@code 20.20.1}, numerically, part by part. */
  public static final Comparator<String> NEWEST_FIRST = AsteriskVersions::compareNewestFirst;

  private AsteriskVersions() {}

  /** The version in a file's name, if it has one. */
  public static Optional<String> inFileName(Path file) {
    Path name = file.getFileName();
    Matcher m = IN_NAME.matcher(name == null ? "" : name.toString());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static int compareNewestFirst(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(part(y, i), part(x, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int part(String[] parts, int i) {
    return i < parts.length ? Integer.parseInt(parts[i]) : 0;
  }
}
