package org.amiframework.core.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.SecretHeaders;

/**
 * Writes messages as AMI text: {@code Name: value} CRLF per header and one blank line. Every name
 * and value is checked first: CR, LF or NUL anywhere is rejected with a {@link
 * HeaderInjectionException}, since it would end the message early and let a value smuggle in a
 * second action.
 */
public final class MessageEncoder {

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] SEPARATOR = {':', ' '};
  private static final byte[] FOLLOWS_END =
      "--END COMMAND--\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private MessageEncoder() {}

  /**
   * Encodes an action for the wire. Bare lines and bodies are refused: an action is only headers.
   *
   * @throws HeaderInjectionException if a name or value could break framing
   */
  public static byte[] encodeAction(AmiMessage message) {
    if (message.body().isPresent()) {
      throw new HeaderInjectionException("an action cannot carry a raw body");
    }
    return encode(message, false);
  }

  /**
   * Encodes any message as a server would write it: bare lines are written as they are and a legacy
   * Command body is followed by {@code --END COMMAND--}. Names and values are still checked.
   */
  public static byte[] encode(AmiMessage message) {
    return encode(message, true);
  }

  private static byte[] encode(AmiMessage message, boolean allowBareLines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * (message.size() + 1));
    for (int i = 0; i < message.size(); i++) {
      String name = message.name(i);
      String value = message.value(i);
      if (name.isEmpty()) {
        if (!allowBareLines) {
          throw new HeaderInjectionException("header " + (i + 1) + " has an empty name");
        }
        check("bare line", i, value, value, true);
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      } else {
        check(name, i, name, name, false);
        check(name, i, value, SecretHeaders.isSecret(name) ? "******" : value, true);
        out.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(SEPARATOR);
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(CRLF);
    }
    if (message.body().isPresent()) {
      out.writeBytes(message.body().get().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(FOLLOWS_END);
    } else {
      out.writeBytes(CRLF);
    }
    return out.toByteArray();
  }

  private static void check(String header, int index, String text, String shown, boolean isValue) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == 0 || (!isValue && (c == ':' || c == ' '))) {
        throw new HeaderInjectionException(
            String.format(
                "%s of header %d (%s) contains %s at position %d: %s",
                isValue ? "value" : "name",
                index + 1,
                header,
                describe(c),
                i,
                isValue && shown != text ? "(secret not shown)" : quote(shown)));
      }
    }
  }

  private static String describe(char c) {
    return switch (c) {
      case '\r' -> "CR (\\r)";
      case '\n' -> "LF (\\n)";
      case 0 -> "NUL (\\0)";
      case ':' -> "a colon";
      default -> "a space";
    };
  }

  private static String quote(String s) {
    String cut = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return '"' + cut.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + '"';
  }
}
