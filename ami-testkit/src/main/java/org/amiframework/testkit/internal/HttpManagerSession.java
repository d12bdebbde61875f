package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;
import org.amiframework.testkit.FakeUser;

/**
 * A manager session of the fake's HTTP server, as Asterisk keeps one for {@code /rawman} and {@code
 * /mxml} (keyed by its cookie) or {@code /arawman} and {@code /amxml} (keyed by the Digest nonce):
 * the same {@link SessionState} and protocol engine as a TCP session, but no connection. Each
 * request runs one action through the engine on the request's own thread and takes back what the
 * action wrote, as {@code generic_http_callback()} does with its temporary file; requests of one
 * session may run at the same time (a {@code WaitEvent} waits while others are answered). Events
 * are never written by themselves: they queue until a {@code WaitEvent} takes those the session may
 * see (§5.3). The session lives {@code httptimeout} after each request once logged in, 5 s before;
 * a {@code Logoff} or a failed login ends it at once.
 */
public final class HttpManagerSession implements ManagerSession {

  private static final Duration UNAUTHENTICATED_LIFETIME = Duration.ofSeconds(5);
  private static final Duration WAIT_EVENT_RESERVE = Duration.ofSeconds(10);

  /** One request being answered: what its action wrote, and whether it ends the session. */
  private static final class Exchange {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean endsSession;
    boolean kickedOut;
  }

  private final int id;
  private final AmiServer server;
  private final ActionDispatcher engine;
  private final Duration httpTimeout;
  private final CaptureWriter recorder;
  private final SessionState state = new SessionState();
  private final ThreadLocal<Exchange> current = new ThreadLocal<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Object lock = new Object();
  private final HttpEventQueue events;
  private int inUse;
  private long expiresAt;
  private boolean stalled;
  private volatile InetSocketAddress remote;

  HttpManagerSession(int id, AmiServer server, ActionDispatcher engine, Duration httpTimeout) {
    this.id = id;
    this.server = server;
    this.engine = engine;
    this.httpTimeout = httpTimeout;
    this.recorder = server.openRecording(id);
    this.events = new HttpEventQueue(server.settings().writeQueueCapacity());
    this.expiresAt = System.nanoTime() + lifetime().toNanos();
  }

  /**
   * Answers one request's action and returns the AMI text it wrote: empty for a {@code WaitEvent}
   * that a newer one kicked out ("newcomers kick out the previous"). Held while the session is
   * stalled.
   */
  public byte[] process(AmiMessage request, InetSocketAddress from) throws InterruptedException {
    remote = from;
    Exchange exchange = new Exchange();
    synchronized (lock) {
      while (stalled && isOpen()) {
        lock.wait();
      }
      inUse++;
    }
    current.set(exchange);
    try {
      record(true, MessageEncoder.encode(request));
      if (Probe.isProbe(request)) {
        // Its event queues behind the events before it, so the next WaitEvent carries them first.
        exchange.out.writeBytes(MessageEncoder.encode(Probe.response(request)));
        events.addRaw(MessageEncoder.encode(Probe.event(request)));
      } else {
        server.journal().record(this, request);
        engine.answer(this, request);
      }
    } finally {
      current.remove();
      synchronized (lock) {
        inUse--;
        expiresAt = System.nanoTime() + lifetime().toNanos();
      }
    }
    byte[] reply = exchange.kickedOut ? new byte[0] : exchange.out.toByteArray();
    record(false, reply);
    if (exchange.endsSession) {
      drop();
    }
    return reply;
  }

  /** Logs in a Digest user: the session is created authenticated, with no {@code Login}. */
  public void authenticate(FakeUser user) {
    int read = Privileges.mask(user.readClasses());
    state.login(user, read, Privileges.mask(user.writeClasses()), 0, () -> {});
    server.wakeReaders();
  }

  /** Whether it is over: ended, or idle past its lifetime with no request running. */
  public boolean isExpired() {
    synchronized (lock) {
      return closed.getCount() == 0 || (inUse == 0 && System.nanoTime() - expiresAt > 0);
    }
  }

  private Duration lifetime() {
    boolean loggedIn = state.user() != null;
    return loggedIn || httpTimeout.compareTo(UNAUTHENTICATED_LIFETIME) < 0
        ? httpTimeout
        : UNAUTHENTICATED_LIFETIME;
  }

  // ---- ManagerSession ------------------------------------------------------------------------

  @Override
  public CountDownLatch closed() {
    return closed;
  }

  @Override
  public AmiServer server() {
    return server;
  }

  @Override
  public SessionState state() {
    return state;
  }

  /** Into the answer of the request being processed; outside one, into the next WaitEvent's. */
  @Override
  public void writeRaw(byte[] bytes) {
    Exchange exchange = current.get();
    if (exchange != null) {
      exchange.out.writeBytes(bytes);
    } else {
      events.addRaw(bytes);
    }
  }

  @Override
  public void closeAfterPending() {
    Exchange exchange = current.get();
    if (exchange != null) {
      exchange.endsSession = true;
    } else {
      drop();
    }
  }

  /**
   * Queues an event for the next {@code WaitEvent}, which applies the {@code Events} mask and the
   * filters as they are then; the queue keeps the newest {@code writeQueueCapacity} events.
   *
   * @return whether the logged-in user may read it
   */
  @Override
  public boolean deliver(FramedEvent event) {
    int category = event.category();
    return events.add(event)
        && state.user() != null
        && (state.readPermission() & category) == category;
  }

  @Override
  public void loginAccepted(FakeUser user, int read, int write, int mask, List<AmiMessage> answer) {
    state.login(user, read, write, mask, () -> writeBlock(answer));
    server.wakeReaders();
  }

  /** {@code send_events = 0}: an HTTP session gets events only once it asks for them. */
  @Override
  public int defaultEventMask(int readPermission) {
    return 0;
  }

  /**
   * {@code action_waitevent()} over HTTP: turns the session's events on if they are off, waits at
   * most {@code httptimeout - 10} s for anything queued, and takes the events the session may see.
   * A newer {@code WaitEvent} kicks this one out; its answer is then dropped.
   */
  @Override
  public List<byte[]> awaitEvent(Duration timeout) throws InterruptedException {
    Duration most = httpTimeout.minus(WAIT_EVENT_RESERVE);
    most = most.isNegative() ? Duration.ZERO : most;
    Duration wait = timeout == null || timeout.compareTo(most) > 0 ? most : timeout;
    if (state.sendEvents() == 0) {
      state.sendEvents(state.readPermission());
    }
    Exchange mine = current.get();
    List<byte[]> taken = events.await(mine, wait, (event, into) -> state.deliver(event, into::add));
    if (taken == null) {
      mine.kickedOut = true;
      return List.of();
    }
    return taken;
  }

  private void record(boolean fromClient, byte[] bytes) {
    if (recorder == null) {
      return;
    }
    if (fromClient) {
      recorder.clientSent(bytes, 0, bytes.length);
    } else {
      recorder.serverSent(bytes, 0, bytes.length);
    }
  }

  // ---- FakeSession ---------------------------------------------------------------------------

  @Override
  public int id() {
    return id;
  }

  /** The client of the latest request. */
  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  /** Ends the session as an expiry does: its cookie or nonce now opens a new one. */
  @Override
  public void drop() {
    synchronized (lock) {
      if (closed.getCount() == 0) {
        return;
      }
      closed.countDown();
      lock.notifyAll();
    }
    events.close();
    if (recorder != null) {
      recorder.serverClosed();
      recorder.close();
    }
    server.sessionClosed(this);
  }

  /** As {@link #drop()}: an HTTP session has no connection of its own to reset. */
  @Override
  public void reset() {
    drop();
  }

  /** The answer of the next {@code WaitEvent} ends with half an event. */
  @Override
  public void dropMidMessage() {
    writeRaw(FaultBytes.halfMessage());
  }

  @Override
  public void stall() {
    synchronized (lock) {
      stalled = true;
    }
  }

  @Override
  public void resume() {
    synchronized (lock) {
      stalled = false;
      lock.notifyAll();
    }
  }

  @Override
  public String toString() {
    FakeUser user = state.user();
    return "HTTP session " + id + (user == null ? " (not logged in)" : " (" + user.name() + ")");
  }
}
