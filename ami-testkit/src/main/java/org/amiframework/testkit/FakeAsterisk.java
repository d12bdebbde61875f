package org.amiframework.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.internal.client.DefaultAmiClient;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.http.FakeHttpServer;
import org.amiframework.testkit.http.HttpSettings;
import org.amiframework.testkit.internal.AmiServer;
import org.amiframework.testkit.internal.InMemorySessionOpener;
import org.amiframework.testkit.internal.ReplayProcessor;
import org.amiframework.testkit.internal.ServerSettings;
import org.amiframework.testkit.scenario.Pacing;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.ScenarioEvent;
import org.amiframework.testkit.stub.ActionMatcher;
import org.amiframework.testkit.stub.StubBuilder;

/**
 * A fake Asterisk that speaks the real AMI protocol over TCP, byte for byte: the greeting, plain
 * and MD5 login, users' read and write classes, {@code Events} masks and filters, event lists, both
 * {@code Command} formats, and Asterisk's own error texts. Tests script it like WireMock, emit
 * events through it, assert on what clients sent, and break it on purpose.
 *
 * <pre>{@code
 * try (FakeAsterisk pbx = FakeAsterisk.builder().user(FakeUser.admin("admin", "pw")).start()) {
 *   pbx.stubFor(action("Originate")).willReturn(success("Originate successfully queued"));
 *   // connect a client to pbx.port(), then:
 *   pbx.emit(event("Hangup", "Channel", "PJSIP/100-0001", "Cause", "16"), PrivilegeClass.CALL);
 *   AmiMessage hangup = pbx.awaitAction(action("Hangup"));
 * }
 * }</pre>
 *
 * <p>It listens on an ephemeral loopback port. Sessions, stubs, users and the journal of received
 * actions belong to the fake and survive {@link #restart()}; connections do not.
 */
public final class FakeAsterisk implements AutoCloseable {

  /** The user of a fake configured without users. */
  public static final String DEFAULT_USERNAME = "admin";

  /** The secret of {@link #DEFAULT_USERNAME}. */
  public static final String DEFAULT_SECRET = "admin";

  private final AmiServer server;
  private final FakeCli cli = new FakeCli();
  private final Faults faults;
  private final ReceivedActions actions;
  private final FakeHttpServer http;

  FakeAsterisk(ServerSettings settings, List<FakeUser> users, HttpSettings http) {
    AmiServer[] holder = new AmiServer[1];
    this.faults = new Faults(() -> holder[0].wakeReaders());
    this.server = new AmiServer(settings, cli, faults);
    holder[0] = server;
    users.forEach(server.users()::add);
    this.actions = new ReceivedActions(server.journal());
    this.http = http == null ? null : new FakeHttpServer(server, http);
  }

  /** A builder for a configured fake. */
  public static FakeAsteriskBuilder builder() {
    return new FakeAsteriskBuilder();
  }

  /** A started fake with every default (see {@link FakeAsteriskBuilder}). */
  public static FakeAsterisk start() {
    return builder().start();
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /**
   * The port it listens on (kept across {@link #restart()}).
   *
   * @throws IllegalStateException for a fake built {@link FakeAsteriskBuilder#inMemoryOnly()}
   */
  public int port() {
    return server.port();
  }

  /** The host to connect to. */
  public String host() {
    return server.settings().bindAddress().getHostAddress();
  }

  /** The address to connect to. */
  public InetSocketAddress address() {
    return new InetSocketAddress(server.settings().bindAddress(), port());
  }

  /** The AMI version of its greeting. */
  public String amiVersion() {
    return server.settings().amiVersion();
  }

  /**
   * A client of this fake that connects without a socket: the same greeting, login, permissions,
   * answers, events and faults as over TCP, through memory. Nothing happens before its {@code
   * connect()}; host, port and TLS of the configuration are ignored.
   */
  public AmiClient inMemoryClient(AmiClientConfig config) {
    return DefaultAmiClient.over(config, core -> new InMemorySessionOpener(config, core, server));
  }

  /** Whether it accepts connections. */
  public boolean isRunning() {
    return server.isRunning();
  }

  /**
   * Goes down as a crashed Asterisk does: listening stops and every connection closes (and every
   * HTTP session ends).
   */
  public void stop() {
    server.stop();
    if (http != null) {
      http.stop();
    }
  }

  /** Listens again on the same port (and HTTP port) after {@link #stop()}. */
  public void startAgain() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host() + ":" + port(), e);
    }
    if (http != null) {
      try {
        http.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen for HTTP on " + host(), e);
      }
    }
  }

  /**
   * The URL of one of the manager's HTTP URIs, for {@link
   * org.amiframework.core.client.AmiClientConfig.Builder#httpEndpoint(String)}: {@code
   * httpEndpoint("rawman")} is {@code http://127.0.0.1:PORT/rawman}; also {@code mxml}, {@code
   * arawman} (Digest) and {@code amxml} (Digest). Their sessions are this fake's sessions, as over
   * TCP.
   *
   * @throws IllegalStateException when the fake was built without {@link FakeAsteriskBuilder#http}
   * @throws IllegalArgumentException for another URI
   */
  public String httpEndpoint(String uri) {
    return http().url(uri);
  }

  /**
   * The HTTP server.
   *
   * @throws IllegalStateException when the fake was built without {@link FakeAsteriskBuilder#http}
   */
  public FakeHttpServer http() {
    if (http == null) {
      throw new IllegalStateException(
          "this FakeAsterisk serves no HTTP; build it with FakeAsterisk.builder().http(true)");
    }
    return http;
  }

  /** {@link #stop()} then {@link #startAgain()}: clients see their connection drop and return. */
  public void restart() {
    stop();
    startAgain();
  }

  /** Stops for good. */
  @Override
  public void close() {
    server.shutdown();
    if (http != null) {
      http.stop();
    }
  }

  // ---- configuration -------------------------------------------------------------------------

  /** Adds or replaces a user; sessions already logged in keep their permissions. */
  public FakeAsterisk addUser(FakeUser user) {
    server.users().add(Objects.requireNonNull(user, "user"));
    return this;
  }

  /** The users. */
  public List<FakeUser> users() {
    return server.users().all();
  }

  /**
   * Starts a stub; complete it with {@code willReturn}: {@code
   * stubFor(action("X")).willReturn(..)}.
   */
  public StubBuilder stubFor(ActionMatcher matcher) {
    return new StubBuilder(matcher, server.stubs()::register);
  }

  /** Removes every stub. */
  public void resetStubs() {
    server.stubs().clear();
  }

  /** The CLI behind the {@code Command} action. */
  public FakeCli cli() {
    return cli;
  }

  /** Server-wide faults. */
  public Faults faults() {
    return faults;
  }

  /** The global variables {@code Getvar}/{@code Setvar} without a channel read and write. */
  public Map<String, String> globalVariables() {
    return server.globals();
  }

  // ---- events --------------------------------------------------------------------------------

  /**
   * Broadcasts an event to every session that may see it (read classes, {@code Events} mask,
   * filters: Asterisk's rules). Without a {@code Privilege} header it is framed as Asterisk frames
   * queued events ({@code Privilege}, then {@code Timestamp} and {@code SystemName} if configured),
   * its classes taken from the bindings; with one it is sent unchanged.
   *
   * @return how many sessions received it
   * @throws IllegalArgumentException if it has no Privilege header and no known classes
   */
  public int emit(AmiMessage event) {
    return emitted(server.broadcast(server.frame(event, null)));
  }

  /** Broadcasts an event of these classes (used when it has no {@code Privilege} header). */
  public int emit(AmiMessage event, PrivilegeClass first, PrivilegeClass... more) {
    Set<PrivilegeClass> classes = EnumSet.of(first, more);
    return emitted(server.broadcast(server.frame(event, classes)));
  }

  /** Broadcasts a typed event, of the classes it declares. */
  public int emit(AmiEvent event) {
    return emitted(server.broadcast(server.frame(event)));
  }

  /**
   * Runs {@code hook} after every {@code emit} and {@code play} a test makes, before they return
   * (not after emissions of the fake's own threads, such as a stub's {@code thenEmit}); one hook at
   * a time, null for none. The JUnit extension waits there until the application has handled what
   * was emitted.
   */
  public void afterEachEmit(Runnable hook) {
    server.afterEmit(hook);
  }

  private int emitted(int sessions) {
    server.emitted();
    return sessions;
  }

  /**
   * Waits until the events the fake itself emits right after answering an action ({@code
   * UserEvent}, an async Originate's {@code OriginateResponse}, a stub's {@code thenEmit} without
   * delay) have been sent.
   *
   * @throws AssertionError when they are not sent within {@code timeout}
   */
  public void awaitScheduledEvents(Duration timeout) {
    try {
      if (!server.awaitDueEmissions(timeout)) {
        throw new AssertionError("scheduled events still not emitted after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for scheduled events", e);
    }
  }

  /** Plays a call scenario as fast as possible; see {@link #play(Scenario, Pacing)}. */
  public void play(Scenario scenario) {
    play(scenario, Pacing.asFastAsPossible());
  }

  /**
   * Emits the events of a call scenario in order, spaced as {@code pacing} says, on the calling
   * thread. They are sent as built (build the scenario with this fake's system name, if it has one)
   * and reach each session as {@link #emit(AmiMessage)} would.
   *
   * @throws IllegalStateException when interrupted while pacing; the rest is not played
   */
  public void play(Scenario scenario, Pacing pacing) {
    Objects.requireNonNull(pacing, "pacing");
    Duration previous = Duration.ZERO;
    for (ScenarioEvent event : scenario.events()) {
      Duration wait = pacing.delay(event.offset().minus(previous));
      if (!wait.isZero()) {
        try {
          Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while playing " + scenario, e);
        }
      }
      server.broadcast(server.frame(event.message(), null));
      previous = event.offset();
    }
    server.emitted();
  }

  // ---- sessions ------------------------------------------------------------------------------

  /** The open connections, oldest first. */
  public List<FakeSession> sessions() {
    return List.copyOf(server.sessions());
  }

  /** Waits for a session that has logged in (the newest one). */
  public FakeSession awaitSession(Duration timeout) {
    return awaitSession(FakeSession::isAuthenticated, timeout, "a logged-in session");
  }

  /** Waits for any open connection (the newest one), logged in or not. */
  public FakeSession awaitConnection(Duration timeout) {
    return awaitSession(s -> true, timeout, "a connection");
  }

  private FakeSession awaitSession(
      Predicate<FakeSession> condition, Duration timeout, String what) {
    try {
      FakeSession found = server.awaitSession(condition::test, timeout);
      if (found == null) {
        throw new AssertionError(
            "no " + what + " within " + timeout + "; open sessions: " + server.sessions());
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    }
  }

  /** Closes every connection cleanly; the fake keeps listening. */
  public void dropAllConnections() {
    server.sessions().forEach(FakeSession::drop);
  }

  // ---- received actions ----------------------------------------------------------------------

  /** What clients sent, with the assertion API. */
  public ReceivedActions actions() {
    return actions;
  }

  /** Every message clients sent, in arrival order. */
  public List<AmiMessage> receivedActions() {
    return actions.messages();
  }

  /** Waits up to 5 s for an action that matches; the failure lists what was received. */
  public AmiMessage awaitAction(ActionMatcher matcher) {
    return actions.await(matcher);
  }

  /** Waits for an action that satisfies the condition; the failure lists what was received. */
  public AmiMessage awaitAction(Predicate<AmiMessage> condition, Duration timeout) {
    return actions.await(condition, timeout);
  }

  /** Waits for an action of a generated type and decodes it. */
  public <A extends AmiAction<?>> A awaitAction(ActionType<A> type, Duration timeout) {
    return actions.await(type, timeout);
  }

  // ---- replay --------------------------------------------------------------------------------

  /**
   * Answers every new connection from a capture instead of simulating Asterisk: the recorded
   * greeting, then for the client's N-th message the recorded N-th response and the events after
   * it. Existing connections are not affected.
   */
  public void replay(AmiCapture capture, ReplayMode mode) {
    Objects.requireNonNull(capture, "capture");
    Objects.requireNonNull(mode, "mode");
    String greeting = "Asterisk Call Manager/" + amiVersion();
    server.replayNewSessions(() -> new ReplayProcessor(capture, mode, greeting));
  }

  /** New connections get the simulated Asterisk again. */
  public void stopReplay() {
    server.replayNewSessions(null);
  }

  @Override
  public String toString() {
    return "FakeAsterisk{"
        + (server.settings().listening() ? host() + ":" + port() : "in-memory")
        + ", AMI "
        + amiVersion()
        + (isRunning() ? "" : ", stopped")
        + "}";
  }
}
