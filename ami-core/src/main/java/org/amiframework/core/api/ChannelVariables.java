package org.amiframework.core.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * Writes and reads channel variables as {@code Variable:} headers (Originate and similar actions),
 * exactly as Asterisk reads them.
 *
 * <p>Asterisk ({@code astman_get_variables_order()} and {@code man_do_variable_value()} in {@code
 * manager.c}) reads every {@code Variable} header, skips the blanks at the start of its value, and
 * splits it with its application-argument splitter: at commas outside {@code "..."}, {@code (...)}
 * and {@code [...]}, removing the double quotes and taking the character after a backslash as it
 * is. Each piece is split at its first {@code =} into name and value; a piece without {@code =} or
 * with an empty name is dropped. Nothing is trimmed. So {@code Variable: a=1,b=2} sets two
 * variables, and a value holding a comma, a quote, a bracket or a backslash must be escaped to
 * arrive whole.
 */
public final class ChannelVariables {

  /** The splitter fills an array of this many pieces; the last one takes the unsplit rest. */
  private static final int MAX_PIECES = 64;

  /** Characters the splitter gives a meaning to; a backslash before them makes them plain. */
  private static final String SPECIAL = "\\\",()[]";

  private ChannelVariables() {}

  /**
   * Adds one {@code Variable: name=value} header per entry, in the map's order, escaping what
   * Asterisk's splitter would otherwise read as a separator, quote, bracket or escape, and a blank
   * at the start that Asterisk would skip. CR, LF and NUL are left for the encoder to reject.
   *
   * @throws IllegalArgumentException if a name is empty or contains {@code =} (Asterisk splits at
   *     the first {@code =}, so such a name cannot be written)
   * @throws NullPointerException if a name or value is null
   */
  public static void addTo(AmiMessage.Builder builder, Map<String, String> variables) {
    Objects.requireNonNull(builder, "builder");
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      String name = Objects.requireNonNull(variable.getKey(), "variable name");
      String value = Objects.requireNonNull(variable.getValue(), () -> "value of " + name);
      if (name.isEmpty()) {
        throw new IllegalArgumentException("channel variable name is empty");
      }
      if (name.indexOf('=') >= 0) {
        throw new IllegalArgumentException(
            "channel variable name contains '=', which Asterisk reads as the end of the name: "
                + name);
      }
      StringBuilder text = new StringBuilder(name.length() + value.length() + 4);
      if (name.charAt(0) > 0 && name.charAt(0) < 33) {
        text.append('\\'); // or Asterisk would skip it as a blank after the colon
      }
      escape(name, text);
      escape(value, text.append('='));
      builder.add("Variable", text.toString());
    }
  }

  /**
   * Reads the values of {@code Variable} headers as Asterisk does. A name given twice keeps its
   * last value, as setting the variables one after the other on a channel does.
   *
   * @param variableHeaderValues the values of every {@code Variable} header, in message order
   * @return the variables in the order they were first named; unmodifiable
   */
  public static Map<String, String> parse(List<String> variableHeaderValues) {
    Map<String, String> variables = new LinkedHashMap<>();
    for (String header : variableHeaderValues) {
      for (String piece : split(skipBlanks(header))) {
        int eq = piece.indexOf('=');
        if (eq > 0) {
          variables.put(piece.substring(0, eq), piece.substring(eq + 1));
        }
      }
    }
    return Collections.unmodifiableMap(variables);
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
  }

  private static String skipBlanks(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) > 0 && s.charAt(i) < 33) {
      i++;
    }
    return s.substring(i);
  }

  /**
   * Splits like {@code __ast_app_separate_args(buf, ',', 1, array, 64)} in {@code main/app.c}. A
   * backslash at the very end is dropped (Asterisk reads past the string there).
   */
  static List<String> split(String s) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder(s.length());
    int paren = 0;
    int bracket = 0;
    boolean quoted = false;
    boolean endedAtComma = false;
    int i = 0;
    int n = s.length();
    while (i < n && pieces.size() < MAX_PIECES - 1) {
      piece.setLength(0);
      endedAtComma = false;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c == ',' && paren == 0 && bracket == 0 && !quoted) {
          i++;
          endedAtComma = true;
          break;
        } else if (c == '"') {
          quoted = !quoted; // removed
        } else if (c == '\\') {
          if (++i < n) {
            piece.append(s.charAt(i)); // removed, and the next character taken as it is
          }
        } else {
          paren += c == '(' ? 1 : c == ')' && paren > 0 ? -1 : 0;
          bracket += c == '[' ? 1 : c == ']' && bracket > 0 ? -1 : 0;
          piece.append(c);
        }
      }
      pieces.add(piece.toString());
    }
    if (i < n) {
      pieces.add(s.substring(i)); // past the piece limit: the rest, neither split nor unescaped
    } else if (endedAtComma) {
      pieces.add(""); // a comma at the very end makes one more, empty, piece
    }
    return pieces;
  }
}
