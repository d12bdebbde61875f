package org.amiframework.testkit.internal;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
  private final List<AmiSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicInteger sessionIds = new AtomicInteger();
  private final AtomicLong channelSequence = new AtomicLong();
  private final AtomicReference<Supplier<SessionProcessor>> replay = new AtomicReference<>();
  private final Object stateChange = new Object();
  private final Instant startedAt = Instant.now();
  private final ScheduledExecutorService scheduler;
  private final Listener listener;

  public AmiServer(ServerSettings settings, FakeCli cli, Faults faults) {
    this.settings = settings;
    this.cli = cli;
    this.faults = faults;
    this.journal = new ActionJournal(settings.journalCapacity());
    this.listener = new Listener(settings.bindAddress(), this::accept);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fake-ami-scheduler");
              t.setDaemon(true);
              return t;
            });
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

  /** Binds (the configured port, or the one of the previous run) and accepts connections. */
  public void start() throws IOException {
    listener.start(settings.port());
  }

  /** Closes the listening socket and every session; state (stubs, users, journal) is kept. */
  public void stop() {
    listener.stop();
    sessions.forEach(AmiSession::drop);
    sessions.clear();
  }

  /** Stops for good, scheduler included. */
  public void shutdown() {
    stop();
    scheduler.shutdownNow();
  }

  public boolean isRunning() {
    return listener.isRunning();
  }

  /** The port it listens on: the one bound first, kept for restarts; 0 before the first start. */
  public int port() {
    return listener.port();
  }

  private void accept(Socket client) throws IOException {
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
    for (AmiSession session : sessions) {
      if (session.deliver(event)) {
        delivered++;
      }
    }
    return delivered;
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

  void sessionClosed(AmiSession session) {
    sessions.remove(session);
    wakeReaders();
  }

  /** Waits for a session that satisfies {@code condition}; null on timeout. */
  public AmiSession awaitSession(Predicate<AmiSession> condition, Duration timeout)
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

  public List<AmiSession> sessions() {
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
