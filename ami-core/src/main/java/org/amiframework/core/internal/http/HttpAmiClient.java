package org.amiframework.core.internal.http;

import java.net.http.HttpClient;
import java.util.Objects;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.DefaultAmiClient;

/**
 * Creates the {@link AmiClient} over Asterisk's HTTP server ({@code /rawman}, {@code /mxml}, {@code
 * /arawman}, {@code /amxml}); not public API. It is the one client of every transport ({@link
 * DefaultAmiClient}), with the same results, events, listener signals, failures, reconnects and
 * send path, on sessions the {@link HttpSessionOpener} opens; what differs is underneath:
 *
 * <ul>
 *   <li>each action is one request (POST by default, see {@link HttpEndpoint.RequestMethod}), and
 *       its reply holds the whole answer, list items and completion event included;
 *   <li>events are fetched by a loop of {@code WaitEvent} long polls ({@link WaitEventPoller}),
 *       which also keeps the session alive and notices when it is gone;
 *   <li>a session that expired (Asterisk answers {@code Permission denied} under a new cookie) is
 *       re-established as after a reconnect, and the action it refused is sent once more;
 *   <li>there is no greeting: {@link AmiClient#amiVersion()} comes from {@code CoreSettings} after
 *       login, and {@code onConnected} is heard then, just before {@code onLoggedIn};
 *   <li>over XML the header names of messages are those {@link MxmlBodyDecoder} can restore: the
 *       canonical case where known, else Asterisk's lower case; {@code AmiMessage} lookups ignore
 *       case either way.
 * </ul>
 *
 * <p>TLS verifies the server's certificate and host name (the JDK's {@link HttpClient} always
 * does); a configured {@link AmiClientConfig#sslContext()} decides which certificates are trusted.
 * {@code verifyHost(false)} cannot be honoured over HTTPS and is refused at creation.
 *
 * <p>Threads: besides those of every client, {@code ami-<name>-http-N} (the HTTP client's, decode
 * replies; idle ones end after 10 s).
 */
public final class HttpAmiClient {

  private HttpAmiClient() {}

  /**
   * A client for a configuration with an {@link AmiClientConfig#httpEndpoint()}; nothing touches
   * the network before {@link AmiClient#connect()}.
   *
   * @throws IllegalArgumentException when the configuration has no HTTP endpoint, or asks not to
   *     verify the host name of an HTTPS server
   */
  public static AmiClient create(AmiClientConfig config) {
    Objects.requireNonNull(config, "config");
    HttpEndpoint endpoint = config.httpEndpoint();
    if (endpoint == null) {
      throw new IllegalArgumentException(
          "configuration '" + config.name() + "' names no HTTP endpoint; it is for the TCP client");
    }
    if (endpoint.secure() && !config.verifyHost()) {
      throw new IllegalArgumentException(
          "verifyHost(false) cannot be honoured for "
              + endpoint
              + ": the JDK's HTTP client always verifies the host name; use a certificate that"
              + " names the host, trusted through sslContext()");
    }
    return DefaultAmiClient.over(
        config, core -> new HttpSessionOpener(config, transport(config, core), core));
  }

  private static HttpAmiTransport transport(AmiClientConfig config, ClientCore core) {
    ThreadPoolExecutor httpThreads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            core.threads("http"));
    HttpClient.Builder http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // Asterisk speaks HTTP/1.1 only
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(httpThreads);
    if (config.sslContext() != null) {
      http.sslContext(config.sslContext());
    }
    return new HttpAmiTransport(
        config.httpEndpoint(),
        http.build(),
        config.frameLimits(),
        new XmlHeaderNames(config.bindings()),
        new DigestAuthenticator(config.username(), config.secret()));
  }
}
