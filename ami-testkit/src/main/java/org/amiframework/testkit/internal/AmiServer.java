package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeCli;
import org.amiframework.testkit.Faults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running fake: its {@link Listener}, the sessions, and the state they share (users, actions,
 * stubs, CLI, channels, variables, faults, the journal of received actions). {@link
 * org.amiframework.testkit.FakeAsterisk} is its public face.
 */
public final class AmiServer {

  private static final Logger LOG = LoggerFactory.getLogger(AmiServer.class);

  private final ServerSettings settings;
  private final UserRegistry users = new UserRegistry();
  private final ActionCatalog catalog = ActionCatalog.stock();
  private final StubRegistry stubs = new StubRegistry(catalog);
  private final ChannelRegistry channels = new ChannelRegistry();
  private final Map<String, String> globals = new ConcurrentHashMap<>();
  private final ActionJournal journal;
  private final FakeCli cli;
  private final Faults faults;
  private final ActionDispatcher dispatcher = new ActionDispatcher(this);
  private final List<ManagerSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicInteger sessionIds = new AtomicInteger();
  private final AtomicLong channelSequence = new AtomicLong();
  private final AtomicReference<Supplier<SessionProcessor>> replay = new AtomicReference<>();
  private final Object stateChange = new Object();
  private final Instant startedAt = Instant.now();
  private final ScheduledExecutorService scheduler;
  private final Listener listener;
  private volatile boolean up;
  private volatile Runnable afterEmit = () -> {};

  public AmiServer(ServerSettings settings, FakeCli cli, Faults faults) {
    this.settings = settings;
    this.cli = cli;
    this.faults = faults;
    this.journal = new ActionJournal(settings.journalCapacity());
    this.listener = new Listener(settings.bindAddress(), s -> accept(SessionChannel.of(s)));
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> FakeThreads.daemon("fake-ami-scheduler", r));
    // The bindings describe the emulated server: their write classes win over the stock table.
    for (ActionType<?> type : settings.bindings().actions()) {
      ActionCatalog.Entry stock = catalog.find(type.name());
      catalog.register(
          new ActionCatalog.Entry(
              type.name(),
              PrivilegeClass.mask(type.writeClasses()),
              stock != null ? stock.synopsis() : type.name() + "."));
    }
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
    sessions.forEach(ManagerSession::drop);
    sessions.clear();
  }

  /** Stops for good, scheduler included. */
  public void shutdown() {
    stop();
    scheduler.shutdownNow();
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
    wakeReaders();
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
    for (ManagerSession session : sessions) {
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
    this.afterEmit = hook == null ? () -> {} : hook;
  }

  /**
   * Runs the {@link #afterEmit} hook, unless called on one of the fake's own threads (a stub that
   * emits), which the application may need in order to finish.
   */
  public void emitted() {
    if (!FakeThreads.isFakeThread()) {
      afterEmit.run();
    }
  }

  /**
   * Waits until every scripted emission due by now has run (those scheduled with a delay still in
   * the future are not waited for).
   *
   * @return false on timeout
   */
  public boolean awaitDueEmissions(Duration timeout) throws InterruptedException {
    if (FakeThreads.isFakeThread()) {
      return true;
    }
    try {
      scheduler.submit(() -> {}).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException | RejectedExecutionException shutDown) {
      return true;
    }
  }

  /** Frames and broadcasts after {@code delay}, off the session thread; failures are logged. */
  public void emitLater(Duration delay, Supplier<AmiMessage> event, Set<PrivilegeClass> classes) {
    Runnable task =
        () -> {
          try {
            broadcast(frame(event.get(), classes));
          } catch (RuntimeException e) {
            LOG.error("a scripted event could not be emitted", e);
          }
        };
    if (delay.isZero()) {
      scheduler.execute(task);
    } else {
      scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  // ---- session support -----------------------------------------------------------------------

  /** Blocks a session's reader while it or the whole server is stalled. */
  void awaitReadable(AmiSession session) throws InterruptedException {
    synchronized (stateChange) {
      while ((faults.readingStalled() || session.isStalled()) && session.isOpen()) {
        stateChange.wait(1000);
      }
    }
  }

  /** Wakes readers and waiters after a fault or session state changed. */
  public void wakeReaders() {
    synchronized (stateChange) {
      stateChange.notifyAll();
    }
  }

  void sessionClosed(ManagerSession session) {
    sessions.remove(session);
    wakeReaders();
  }

  /** Waits for a session that satisfies {@code condition}; null on timeout. */
  public ManagerSession awaitSession(Predicate<ManagerSession> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (stateChange) {
      while (true) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
          if (condition.test(sessions.get(i))) {
            return sessions.get(i);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(stateChange, left);
      }
    }
  }

  CaptureWriter openRecording(int sessionId) {
    if (settings.recordingDirectory() == null) {
      return null;
    }
    try {
      return CaptureWriter.open(
          settings.recordingDirectory(), String.format("session-%03d", sessionId));
    } catch (IOException e) {
      LOG.warn("session {} is not recorded: {}", sessionId, e.toString());
      return null;
    }
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
    return List.copyOf(sessions);
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
