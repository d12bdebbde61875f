package org.amiframework.core.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;

/**
 * Encodes an action as the {@code application/x-www-form-urlencoded} fields Asterisk's HTTP server
 * turns back into AMI headers: one {@code name=value} pair per header, in order, so repeated
 * headers ({@code Variable}) become repeated fields, which Asterisk reads back as repeated headers.
 * The same text serves as the query string of a GET and as the body of a POST.
 */
final class ActionForm {

  private ActionForm() {}

  /**
   * The encoded fields of {@code action}.
   *
   * <p>The action is first checked exactly as for the TCP port (CR, LF and NUL refused with {@link
   * org.amiframework.core.wire.HeaderInjectionException}), so a value is accepted or refused the
   * same whichever transport carries it. Spaces are written as {@code %20}, never {@code +}: every
   * Asterisk decoder of query strings and form bodies reads {@code %20}, but not all read {@code
   * +}.
   */
  static String encode(AmiMessage action) {
    MessageEncoder.encodeAction(action); // validation only; the wire bytes are not needed here
    StringBuilder out = new StringBuilder(action.size() * 24);
    for (int i = 0; i < action.size(); i++) {
      if (i > 0) {
        out.append('&');
      }
      out.append(component(action.name(i))).append('=').append(component(action.value(i)));
    }
    return out.toString();
  }

  private static String component(String text) {
    // URLEncoder writes a space as '+' and a real '+' as %2B, so every '+' left is a space.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
