package org.amiframework.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.amiframework.core.message.AmiMessage;

/**
 * The fields of a request as the AMI headers Asterisk makes of them (§5.1): for a GET the query
 * string, for a POST only an {@code application/x-www-form-urlencoded} body (its query string is
 * ignored), each {@code name=value} URL-decoded ({@code +} is a space) and kept in order, so
 * repeated fields stay repeated headers. Like {@code generic_http_callback()}, only the first 128
 * ({@code AST_MAX_MANHEADERS}) are kept.
 */
final class FormFields {

  /** {@code MAX_CONTENT_LENGTH} of {@code main/http.c}: the largest form body Asterisk reads. */
  static final int MAX_BODY = 4096;

  private static final int MAX_HEADERS = 128;

  /** A request Asterisk refuses before it reaches the manager. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;

    Refused(int status, String title, String text) {
      super(text);
      this.status = status;
      this.title = title;
    }
  }

  private FormFields() {}

  /**
   * The fields of a GET, HEAD or POST request.
   *
   * @throws Refused 413 for a body over {@value #MAX_BODY} bytes, 400 for a field that holds CR, LF
   *     or NUL (Asterisk would copy it into its answer and break the framing)
   */
  static AmiMessage of(HttpExchange exchange) throws IOException, Refused {
    String form;
    if (exchange.getRequestMethod().equals("POST")) {
      form = isForm(exchange) ? body(exchange.getRequestBody()) : "";
    } else {
      form = exchange.getRequestURI().getRawQuery();
    }
    return parse(form == null ? "" : form);
  }

  /** The fields of an encoded form. */
  static AmiMessage parse(String form) throws Refused {
    AmiMessage.Builder fields = AmiMessage.builder();
    int count = 0;
    for (String pair : form.split("&")) {
      if (pair.isEmpty() || count == MAX_HEADERS) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (breaksFraming(name) || breaksFraming(value)) {
        throw new Refused(
            400, "Bad Request", "field '" + name.strip() + "' holds a CR, LF or NUL character");
      }
      fields.add(name, value);
      count++;
    }
    return fields.build();
  }

  private static boolean isForm(HttpExchange exchange) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static String body(InputStream in) throws IOException, Refused {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      throw new Refused(413, "Request Entity Too Large", "Body too large");
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** URL-decodes as UTF-8; a malformed escape is kept as written, as {@code ast_uri_decode()}. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static boolean breaksFraming(String text) {
    return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\0') >= 0;
  }
}
