package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeCli;
import org.amiframework.testkit.Faults;

/**
 * The running fake: its {@link Listener}, the sessions ({@link SessionList}), and the state they
 * share (users, actions, stubs, CLI, channels, variables, faults, the journal of received actions,
 * the {@link Emissions} scripted to follow actions). {@link org.amiframework.testkit.FakeAsterisk}
 * is its public face.
 */
public final class AmiServer {

  private final ServerSettings settings;
  private final UserRegistry users = new UserRegistry();
  private final ActionCatalog catalog;
  private final StubRegistry stubs;
  private final ChannelRegistry channels = new ChannelRegistry();
  private final Map<String, String> globals = new ConcurrentHashMap<>();
  private final ActionJournal journal;
  private final FakeCli cli;
  private final Faults faults;
  private final ActionDispatcher dispatcher = new ActionDispatcher(this);
  private final SessionList sessions = new SessionList();
  private final Emissions emissions = new Emissions();
  private final AtomicInteger sessionIds = new AtomicInteger();
  private final AtomicLong channelSequence = new AtomicLong();
  private final AtomicReference<Supplier<SessionProcessor>> replay = new AtomicReference<>();
  private final Instant startedAt = Instant.now();
  private final Listener listener;
  private volatile boolean up;

  public AmiServer(ServerSettings settings, FakeCli cli, Faults faults) {
    this.settings = settings;
    this.cli = cli;
    this.faults = faults;
    this.journal = new ActionJournal(settings.journalCapacity());
    this.catalog = ActionCatalog.stockWith(settings.bindings());
    this.stubs = new StubRegistry(catalog);
    this.listener = new Listener(settings.bindAddress(), s -> accept(SessionChannel.of(s)));
  }

  // ---- lifecycle -----------------------------------------------------------------------------

  /**
   * Comes up: binds (the configured port, or the one of the previous run) and accepts connections,
   * or, without a listener, accepts in-memory connections only.
   */
  public void start() throws IOException {
    if (settings.listening()) {
      listener.start(settings.port());
    }
    up = true;
  }

  /** Goes down: closes the listening socket and every session; stubs, users, journal are kept. */
  public void stop() {
    up = false;
    listener.stop();
    sessions.dropAll();
  }

  /** Stops for good, scheduler included. */
  public void shutdown() {
    stop();
    emissions.shutdown();
  }

  /** Whether it is up: listening, or accepting in-memory connections for a fake without port. */
  public boolean isRunning() {
    return up;
  }

  /** The port it listens on: the one bound first, kept for restarts; 0 before the first start. */
  public int port() {
    if (!settings.listening()) {
      throw new IllegalStateException(
          "this fake takes in-memory connections only (FakeAsteriskBuilder.inMemoryOnly()): it has"
              + " no port; connect with FakeAsterisk.inMemoryClient(config)");
    }
    return listener.port();
  }

  /**
   * Opens a connection from a client in this JVM, answered as a TCP connection is.
   *
   * @param toClient receives what the session writes, on its writer thread
   * @param onClosed told once when the connection ends
   * @throws IOException when the fake is down, as a refused TCP connect
   */
  public InMemoryChannel connectInMemory(OutputStream toClient, Runnable onClosed)
      throws IOException {
    if (!up) {
      throw new IOException("the fake Asterisk is down: connection refused");
    }
    InMemoryChannel channel = new InMemoryChannel(toClient, onClosed);
    accept(channel);
    return channel;
  }

  private void accept(SessionChannel client) throws IOException {
    if (faults.closingBeforeGreeting()) {
      client.close();
      return;
    }
    Supplier<SessionProcessor> replaying = replay.get();
    AmiSession session =
        new AmiSession(
            sessionIds.incrementAndGet(),
            client,
            this,
            replaying != null ? replaying.get() : dispatcher);
    sessions.add(session);
    session.start();
  }

  /**
   * Opens a session for the HTTP front, answered by the protocol engine (never by a replay) and
   * listed, counted and dropped with the TCP sessions.
   *
   * @param httpTimeout manager.conf {@code httptimeout}: how long it lives after each request
   */
  public HttpManagerSession openHttpSession(Duration httpTimeout) {
    HttpManagerSession session =
        new HttpManagerSession(sessionIds.incrementAndGet(), this, dispatcher, httpTimeout);
    sessions.add(session);
    return session;
  }

  // ---- events --------------------------------------------------------------------------------

  /** Frames an event for broadcast; see {@link FramedEvent#forBroadcast}. */
  public FramedEvent frame(AmiMessage event, Set<PrivilegeClass> classes) {
    return FramedEvent.forBroadcast(event, classes, settings);
  }

  /** Frames a typed event, taking its classes from the event itself. */
  public FramedEvent frame(AmiEvent event) {
    return frame(event.message(), event.privilegeClasses());
  }

  /** Delivers to every session that may see it; returns how many got it. */
  public int broadcast(FramedEvent event) {
    channels.observe(event.message());
    int delivered = 0;
    for (ManagerSession session : sessions.live()) {
      if (session.deliver(event)) {
        delivered++;
      }
    }
    return delivered;
  }

  /**
   * What runs after a test emitted events through the public API (not after scripted emissions):
   * the JUnit extension waits there until the application has handled them.
   */
  public void afterEmit(Runnable hook) {
    emissions.afterEmit(hook);
  }

  /**
   * Runs the {@link #afterEmit} hook, unless called on one of the fake's own threads (a stub that
   * emits), which the application may need in order to finish.
   */
  public void emitted() {
    emissions.emitted();
  }

  /**
   * Waits until the actions being answered have scheduled their emissions, then until every
   * scripted emission due by now has run (those scheduled with a delay still in the future are not
   * waited for).
   *
   * @return false on timeout
   */
  public boolean awaitDueEmissions(Duration timeout) throws InterruptedException {
    return emissions.awaitDue(timeout);
  }

  /** Marks an action as being answered until the callback runs (see {@link #awaitDueEmissions}). */
  Runnable answering() {
    return emissions.answering();
  }

  /** Frames and broadcasts after {@code delay}, off the session thread; failures are logged. */
  public void emitLater(Duration delay, Supplier<AmiMessage> event, Set<PrivilegeClass> classes) {
    emissions.later(delay, () -> broadcast(frame(event.get(), classes)));
  }

  // ---- session support -----------------------------------------------------------------------

  /** Blocks a session's reader while it or the whole server is stalled. */
  void awaitReadable(AmiSession session) throws InterruptedException {
    sessions.awaitUnstalled(session, () -> faults.readingStalled() || session.isStalled());
  }

  /** Wakes readers and waiters after a fault or session state changed. */
  public void wakeReaders() {
    sessions.wake();
  }

  void sessionClosed(ManagerSession session) {
    sessions.remove(session);
  }

  /** Waits for a session that satisfies {@code condition}; null on timeout. */
  public ManagerSession awaitSession(Predicate<ManagerSession> condition, Duration timeout)
      throws InterruptedException {
    return sessions.await(condition, timeout);
  }

  CaptureWriter openRecording(int sessionId) {
    return CaptureWriter.ofSession(settings.recordingDirectory(), sessionId);
  }

  /** Answers new connections from a capture instead of the engine; null goes back to the engine. */
  public void replayNewSessions(Supplier<SessionProcessor> processors) {
    replay.set(processors);
  }

  // ---- accessors -----------------------------------------------------------------------------

  public ServerSettings settings() {
    return settings;
  }

  public UserRegistry users() {
    return users;
  }

  public ActionCatalog catalog() {
    return catalog;
  }

  public StubRegistry stubs() {
    return stubs;
  }

  public FakeCli cli() {
    return cli;
  }

  public Faults faults() {
    return faults;
  }

  public ActionJournal journal() {
    return journal;
  }

  public List<ManagerSession> sessions() {
    return List.copyOf(sessions.live());
  }

  public Map<String, String> globals() {
    return globals;
  }

  ChannelRegistry channels() {
    return channels;
  }

  Instant startedAt() {
    return startedAt;
  }

  Duration uptime() {
    return Duration.between(startedAt, Instant.now());
  }

  long nextChannelSequence() {
    return channelSequence.getAndIncrement();
  }

  long processedCalls() {
    return channelSequence.get();
  }

  /** A Uniqueid as Asterisk makes them: {@code [systemname-]epoch.sequence}. */
  String uniqueId(long sequence) {
    String prefix = settings.systemName() == null ? "" : settings.systemName() + "-";
    return prefix + startedAt.getEpochSecond() + "." + sequence;
  }
}
