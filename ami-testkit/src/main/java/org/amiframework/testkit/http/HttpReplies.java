package org.amiframework.testkit.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes replies with the headers {@code ast_http_send()} gives them ({@code Server}, {@code
 * Cache-Control: no-cache, no-store}, {@code Content-type}; the JDK adds {@code Date} and {@code
 * Content-length}), and error pages in the exact HTML of {@code ast_http_error()}. The JDK's server
 * writes header names with only their first letter in upper case ({@code Set-cookie}); HTTP header
 * names are case-insensitive, and every HTTP client reads them so.
 */
final class HttpReplies {

  private final String serverName;

  /** Replies naming this server, e.g. {@code Asterisk/22.10.1}. */
  HttpReplies(String serverName) {
    this.serverName = serverName;
  }

  /** A reply with this status, content type and body (none for HEAD, as Asterisk sends none). */
  void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Server", serverName);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache, no-store");
    exchange.getResponseHeaders().set("Content-type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /**
   * An error page: {@code <title>STATUS TITLE</title>}, {@code <h1>TITLE</h1>}, {@code <p>TEXT}.
   */
  void error(HttpExchange exchange, int status, String title, String text) throws IOException {
    String page =
        "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n"
            + "<html><head>\r\n"
            + "<title>"
            + status
            + " "
            + title
            + "</title>\r\n"
            + "</head><body>\r\n"
            + "<h1>"
            + title
            + "</h1>\r\n"
            + "<p>"
            + text
            + "</p>\r\n"
            + "<hr />\r\n"
            + "<address>"
            + serverName
            + "</address>\r\n"
            + "</body></html>\r\n";
    send(exchange, status, "text/html", page.getBytes(StandardCharsets.UTF_8));
  }
}
