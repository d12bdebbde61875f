package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.SecretHeaders;

/**
 * Writes messages as AMI text, UTF-8 encoded: {@code Name: value} CRLF per header, then one blank
 * line. Every name and value is checked before anything is written: a CR, LF or NUL anywhere is
 * rejected with a {@link HeaderInjectionException}, since it would end the line or the message
 * early and let a value smuggle in a second action. A colon in a name is rejected too, as it would
 * move the split between name and value. Values are written as they are: what a {@code Variable}
 * header needs is done by {@code ChannelVariables}.
 */
public final class MessageEncoder {

  private static final String END_COMMAND = "--END COMMAND--";

  private MessageEncoder() {}

  /**
   * Encodes an action for the wire: only {@code Name: value} headers, no bare lines, no body.
   *
   * @throws HeaderInjectionException if a name or value could break framing
   */
  public static byte[] encodeAction(AmiMessage message) {
    if (message.body().isPresent()) {
      throw new HeaderInjectionException("an action cannot carry a raw Command body");
    }
    return encode(message, false);
  }

  /**
   * Encodes any message as a server writes it: bare lines are written as they are, and a legacy
   * Command body is followed by {@code --END COMMAND--} and the blank line. For a message read by
   * {@link FrameReader} from a server, this gives back exactly the bytes that were read.
   *
   * @throws HeaderInjectionException if a name, value, bare line or body could break framing
   */
  public static byte[] encode(AmiMessage message) {
    return encode(message, true);
  }

  private static byte[] encode(AmiMessage message, boolean bareLinesAllowed) {
    StringBuilder out = new StringBuilder(32 * (message.size() + 1));
    for (int i = 0; i < message.size(); i++) {
      String name = message.name(i);
      String value = message.value(i);
      if (name.isEmpty()) {
        checkBareLine(i, value, bareLinesAllowed);
        out.append(value);
      } else {
        checkName(i, name);
        checkValue(i, name, value);
        out.append(name).append(": ").append(value);
      }
      out.append("\r\n");
    }
    String body = message.body().orElse(null);
    if (body == null) {
      out.append("\r\n");
    } else {
      checkBody(body);
      out.append(body).append(END_COMMAND).append("\r\n\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void checkName(int index, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (breaksLine(c) || c == ':') {
        throw new HeaderInjectionException(
            String.format(
                "name of header %d contains %s at index %d: %s",
                index + 1, describe(c), i, quote(name)));
      }
    }
  }

  private static void checkValue(int index, String name, String value) {
    int bad = indexOfLineBreaker(value);
    if (bad >= 0) {
      String shown = SecretHeaders.isSecret(name) ? "(secret not shown)" : quote(value);
      throw new HeaderInjectionException(
          String.format(
              "value of header %d (%s) contains %s at index %d: %s",
              index + 1, name, describe(value.charAt(bad)), bad, shown));
    }
  }

  private static void checkBareLine(int index, String line, boolean allowed) {
    if (!allowed) {
      throw new HeaderInjectionException(
          "header " + (index + 1) + " has an empty name; an action holds only Name: value lines");
    }
    if (line.isEmpty()) {
      throw new HeaderInjectionException(
          "bare line " + (index + 1) + " is empty; it would end the message early");
    }
    int bad = indexOfLineBreaker(line);
    if (bad >= 0) {
      throw new HeaderInjectionException(
          String.format(
              "bare line %d contains %s at index %d: %s",
              index + 1, describe(line.charAt(bad)), bad, quote(line)));
    }
  }

  private static void checkBody(String body) {
    int nul = body.indexOf('\0');
    if (nul >= 0) {
      throw new HeaderInjectionException("Command body contains NUL (\\0) at index " + nul);
    }
    // A body line that ends with the marker would end the body there when read back.
    for (int lf = body.indexOf('\n'); lf >= 0; lf = body.indexOf('\n', lf + 1)) {
      int end = lf > 0 && body.charAt(lf - 1) == '\r' ? lf - 1 : lf;
      if (body.startsWith(END_COMMAND, end - END_COMMAND.length())) {
        throw new HeaderInjectionException(
            "Command body has a line ending with " + END_COMMAND + " at index " + lf);
      }
    }
  }

  private static int indexOfLineBreaker(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (breaksLine(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean breaksLine(char c) {
    return c == '\r' || c == '\n' || c == '\0';
  }

  private static String describe(char c) {
    return switch (c) {
      case '\r' -> "CR (\\r)";
      case '\n' -> "LF (\\n)";
      case '\0' -> "NUL (\\0)";
      default -> "a colon";
    };
  }

  private static String quote(String s) {
    String cut = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return '"' + cut.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + '"';
  }
}
