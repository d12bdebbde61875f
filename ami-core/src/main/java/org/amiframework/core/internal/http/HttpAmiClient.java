package org.amiframework.core.internal.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.client.ConnectionState;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.client.Subscription;
import org.amiframework.core.internal.client.ClientCore;

/**
 * The {@link AmiClient} over Asterisk's HTTP server ({@code /rawman}, {@code /mxml}, {@code
 * /arawman}, {@code /amxml}); not public API. Results, events, listener signals and failures are
 * those of the TCP client, which shares its event queue, result assembly, metrics and reconnect
 * policy through {@link ClientCore}; what differs is underneath:
 *
 * <ul>
 *   <li>each action is one request (POST by default, see {@link HttpEndpoint.RequestMethod}), and
 *       its reply holds the whole answer, list items and completion event included;
 *   <li>events are fetched by a loop of {@code WaitEvent} long polls ({@link WaitEventPoller}),
 *       which also keeps the session alive and notices when it is gone;
 *   <li>a session that expired (Asterisk answers {@code Permission denied} under a new cookie) is
 *       re-established as after a reconnect, and the action it refused is sent once more;
 *   <li>there is no greeting: {@link #amiVersion()} comes from {@code CoreSettings} after login,
 *       and {@code onConnected} is heard once the session is open, just before {@code onLoggedIn};
 *   <li>over XML the header names of messages are those {@link MxmlBodyDecoder} can restore: the
 *       canonical case where known, else Asterisk's lower case; {@code AmiMessage} lookups ignore
 *       case either way.
 * </ul>
 *
 * <p>TLS verifies the server's certificate and host name (the JDK's {@link HttpClient} always
 * does); a configured {@link AmiClientConfig#sslContext()} decides which certificates are trusted.
 * {@code verifyHost(false)} cannot be honoured over HTTPS and is refused at creation.
 *
 * <p>Threads: {@code ami-<name>-connector} (opens sessions, schedules polls), {@code
 * ami-<name>-http-N} (the HTTP client's, decode replies; idle ones end after 10 s), plus the shared
 * {@code events} and {@code callback-N} threads of {@link ClientCore}.
 */
public final class HttpAmiClient implements AmiClient {

  private final AmiClientConfig config;
  private final ClientCore core;
  private final HttpAmiTransport transport;
  private final HttpSessionSupervisor supervisor;

  private HttpAmiClient(AmiClientConfig config) {
    this.config = config;
    this.core = new ClientCore(config);
    HttpEndpoint endpoint = config.httpEndpoint();
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
    this.transport =
        new HttpAmiTransport(
            endpoint,
            http.build(),
            config.frameLimits(),
            new XmlHeaderNames(config.bindings()),
            new DigestAuthenticator(config.username(), config.secret()));
    this.supervisor =
        new HttpSessionSupervisor(config, core, transport, core.scheduler("connector"));
  }

  /**
   * A client for a configuration with an {@link AmiClientConfig#httpEndpoint()}; nothing touches
   * the network before {@link #connect()}.
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
    return new HttpAmiClient(config);
  }

  @Override
  public CompletableFuture<Void> connect() {
    return supervisor.connect();
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action) {
    return send(action, config.actionTimeout());
  }

  /**
   * {@inheritDoc}
   *
   * <p>If the session turns out to be gone, the action (refused unrun by Asterisk) is sent once
   * more after a new session is open, with a fresh timeout.
   */
  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    ConnectionState state = supervisor.state();
    if (state != ConnectionState.CONNECTED) {
      return CompletableFuture.failedFuture(
          new ConnectionLostException(
              action.actionName()
                  + " not sent: not connected to "
                  + transport.endpoint()
                  + " (state "
                  + state
                  + ")"));
    }
    PermissionDeniedException refusal = core.refusal(action);
    if (refusal != null) {
      return CompletableFuture.failedFuture(refusal);
    }
    ClientCore.Answer<R> answer = core.answer(action);
    send(action, answer, timeout, true);
    return answer.future();
  }

  private <R> void send(
      AmiAction<R> action, ClientCore.Answer<R> answer, Duration timeout, boolean mayRetry) {
    HttpActionCaller caller = supervisor.caller();
    long generation = supervisor.generation();
    caller
        .attempt(action, answer, timeout)
        .whenComplete(
            (reply, error) -> {
              if (error != null) {
                answer.fail(HttpActionCaller.unwrap(error));
              } else if (!reply.sessionReplaced()) {
                caller.finish(action, answer);
              } else {
                AmiException gone =
                    new ConnectionLostException(
                        "the HTTP session at "
                            + transport.endpoint()
                            + " was gone; "
                            + action.actionName()
                            + " was refused unrun");
                if (!mayRetry) {
                  answer.fail(gone);
                  return;
                }
                supervisor
                    .sessionLost(generation, gone)
                    .whenComplete(
                        (reopened, notReopened) -> {
                          if (notReopened == null) {
                            send(action, answer, timeout, false);
                          } else {
                            answer.fail(gone);
                          }
                        });
              }
            });
  }

  @Override
  public Subscription subscribe(EventListener listener) {
    return core.subscribe(listener);
  }

  @Override
  public Subscription addConnectionListener(ConnectionListener listener) {
    return core.addConnectionListener(listener);
  }

  @Override
  public ConnectionState state() {
    return supervisor.state();
  }

  /** The AMI version from {@code CoreSettings} after login, or null before or when not allowed. */
  @Override
  public String amiVersion() {
    return supervisor.amiVersion();
  }

  @Override
  public Set<PrivilegeClass> writeClasses() {
    return core.writeClasses();
  }

  @Override
  public ClientMetrics metrics() {
    return core.metrics();
  }

  @Override
  public AmiClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    supervisor.close();
  }

  @Override
  public String toString() {
    return "AmiClient{" + config + ", state=" + supervisor.state() + "}";
  }
}
