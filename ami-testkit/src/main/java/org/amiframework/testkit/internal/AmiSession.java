package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;
import org.amiframework.core.wire.OverflowAction;
import org.amiframework.testkit.AmiCapture;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.FakeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: a reading thread that frames the client's bytes and hands each message to
 * the {@link SessionProcessor} in order (as Asterisk's session thread runs actions one at a time),
 * and a {@link SessionWriter} for everything sent back. Holds the session state Asterisk keeps in
 * {@code mansession_session}: user, permissions, event mask, challenge and filters.
 */
public final class AmiSession implements FakeSession {

  private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);

  /**
   * Far above Asterisk's own limits, which the engine applies itself to answer as Asterisk does.
   */
  private static final FrameLimits INPUT_LIMITS =
      new FrameLimits(64 * 1024, 10_000, 4 * 1024 * 1024, OverflowAction.SKIP_MESSAGE);

  private final int id;
  private final Socket socket;
  private final AmiServer server;
  private final SessionProcessor processor;
  private final SessionWriter writer;
  private final CaptureWriter recorder;
  private final List<AmiMessage> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final EventFilterSet filters = new EventFilterSet();
  private final Thread readerThread;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object eventSignal = new Object();
  private long deliveredEvents;

  private volatile FakeUser user;
  private volatile int readPermission;
  private volatile int writePermission;
  private volatile int sendEvents;
  private volatile String challenge;
  private volatile boolean stalled;

  AmiSession(int id, Socket socket, AmiServer server, SessionProcessor processor)
      throws IOException {
    this.id = id;
    this.socket = socket;
    this.server = server;
    this.processor = processor;
    this.recorder = server.openRecording(id);
    this.writer =
        new SessionWriter(
            "fake-ami-" + id,
            socket.getOutputStream(),
            server.settings().writeQueueCapacity(),
            this::recordServerBytes,
            this::closeSocket);
    this.readerThread = new Thread(this::readLoop, "fake-ami-" + id + "-reader");
    this.readerThread.setDaemon(true);
  }

  void start() {
    writer.start();
    writeRaw((processor.greeting() + "\r\n").getBytes(StandardCharsets.UTF_8));
    processor.onStart(this);
    readerThread.start();
  }

  private void readLoop() {
    FrameReader reader = FrameReader.forServer(INPUT_LIMITS, new Framing());
    byte[] buffer = new byte[8192];
    try {
      // Not closed here: that would close the socket before the writer has sent the last answer.
      InputStream in = socket.getInputStream();
      while (true) {
        server.awaitReadable(this);
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        if (recorder != null) {
          recorder.clientSent(buffer, 0, n);
        }
        reader.feed(buffer, 0, n);
      }
      reader.endOfInput();
    } catch (IOException e) {
      LOG.debug("session {}: read ended: {}", id, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("session {}: failed while handling input; closing it", id, e);
    } finally {
      writer.closeAfterPending();
    }
  }

  private final class Framing implements FrameHandler {
    @Override
    public void onMessage(AmiMessage message) {
      received.add(message);
      server.journal().record(AmiSession.this, message);
      processor.onMessage(AmiSession.this, message);
    }

    @Override
    public void onError(FrameError error) {
      if (error.kind() == FrameError.Kind.LINE_TOO_LONG
          || error.kind() == FrameError.Kind.MESSAGE_TOO_LARGE) {
        processor.onOversizedInput(AmiSession.this, error.detail());
      }
    }
  }

  // ---- output ------------------------------------------------------------------------------

  /** Queues one message, unfiltered (a response, a list item). */
  public void write(AmiMessage message) {
    writeRaw(MessageEncoder.encode(message));
  }

  /** Queues several messages as one block that nothing can interleave (a response and its list). */
  public void writeBlock(List<AmiMessage> messages) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    messages.forEach(m -> block.writeBytes(MessageEncoder.encode(m)));
    writeRaw(block.toByteArray());
  }

  /** Queues raw bytes. */
  public void writeRaw(byte[] bytes) {
    writer.write(bytes);
  }

  /** Writes what is queued, then closes the connection (after Logoff or a failed login). */
  public void closeAfterPending() {
    writer.closeAfterPending();
  }

  /**
   * Delivers an event if Asterisk would: logged in, every class bit of the event held by both the
   * read permission and the {@code Events} mask, and passed by the filters.
   */
  public boolean deliver(FramedEvent event) {
    if (!isAuthenticated() || !isOpen()) {
      return false;
    }
    int category = event.category();
    if ((readPermission & category) != category || (sendEvents & category) != category) {
      return false;
    }
    if (!filters.shouldSend(event.name(), event.text())) {
      return false;
    }
    boolean written = writer.write(event.bytes());
    signalEvent();
    return written;
  }

  private void recordServerBytes(byte[] bytes) {
    if (recorder != null) {
      recorder.serverSent(bytes, 0, bytes.length);
    }
  }

  private void closeSocket() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("session {}: close failed: {}", id, e.toString());
    }
    if (recorder != null) {
      recorder.serverClosed();
      recorder.close();
    }
    closedLatch.countDown();
    signalEvent();
    server.sessionClosed(this);
  }

  private void signalEvent() {
    synchronized (eventSignal) {
      deliveredEvents++;
      eventSignal.notifyAll();
    }
  }

  /**
   * Waits until an event reaches this session or it closes (what {@code WaitEvent} waits for).
   *
   * @param timeout how long at most; null waits without limit
   */
  public void awaitEvent(Duration timeout) throws InterruptedException {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    synchronized (eventSignal) {
      long seen = deliveredEvents;
      while (deliveredEvents == seen && isOpen()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.timedWait(eventSignal, Math.min(left, TimeUnit.SECONDS.toNanos(60)));
      }
    }
  }

  // ---- state -------------------------------------------------------------------------------

  /** Marks the session logged in as {@code user}, with the send mask its Login asked for. */
  public void authenticate(FakeUser user, int readPermission, int writePermission, int sendEvents) {
    this.readPermission = readPermission;
    this.writePermission = writePermission;
    this.sendEvents = sendEvents;
    for (String filter : user.eventFilters()) {
      try {
        filters.add(EventFilter.parse(null, filter));
      } catch (EventFilter.InvalidFilterException e) {
        LOG.warn("user {}: eventfilter '{}' ignored: {}", user.name(), filter, e.getMessage());
      }
    }
    this.user = user;
    server.wakeReaders();
  }

  public int readPermission() {
    return readPermission;
  }

  public int writePermission() {
    return writePermission;
  }

  public int sendEvents() {
    return sendEvents;
  }

  public void sendEvents(int mask) {
    this.sendEvents = mask;
  }

  public String challenge() {
    return challenge;
  }

  public void challenge(String challenge) {
    this.challenge = challenge;
  }

  EventFilterSet filters() {
    return filters;
  }

  public AmiServer server() {
    return server;
  }

  boolean isStalled() {
    return stalled;
  }

  // ---- FakeSession ---------------------------------------------------------------------------

  @Override
  public int id() {
    return id;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return (InetSocketAddress) socket.getRemoteSocketAddress();
  }

  @Override
  public Optional<FakeUser> user() {
    return Optional.ofNullable(user);
  }

  @Override
  public boolean isAuthenticated() {
    return user != null;
  }

  @Override
  public boolean isOpen() {
    return closedLatch.getCount() > 0;
  }

  @Override
  public List<AmiMessage> receivedActions() {
    return List.copyOf(received);
  }

  @Override
  public boolean emit(AmiMessage event) {
    return deliver(server.frame(event, null));
  }

  @Override
  public boolean emit(AmiEvent event) {
    return deliver(server.frame(event));
  }

  @Override
  public void send(AmiMessage message) {
    write(message);
  }

  @Override
  public void sendRaw(byte[] bytes) {
    writeRaw(bytes.clone());
  }

  @Override
  public void stream(AmiCapture capture) {
    for (int i = 0; i < capture.size(); i++) {
      writeRaw(capture.rawBytes(i));
    }
  }

  @Override
  public void drop() {
    writer.abort();
    closeSocket();
  }

  @Override
  public void reset() {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException e) {
      LOG.debug("session {}: cannot arm a reset: {}", id, e.toString());
    }
    drop();
  }

  @Override
  public void dropMidMessage() {
    writeRaw(FaultBytes.halfMessage());
    writer.closeAfterPending();
  }

  @Override
  public void stall() {
    stalled = true;
  }

  @Override
  public void resume() {
    stalled = false;
    server.wakeReaders();
  }

  @Override
  public void sendGarbage(int length) {
    writeRaw(FaultBytes.garbage(length));
  }

  @Override
  public void sendOversizedLine(int length) {
    writeRaw(FaultBytes.oversizedLine(length));
  }

  @Override
  public boolean awaitClosed(Duration timeout) {
    try {
      return closedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public String toString() {
    return "session " + id + (user == null ? " (not logged in)" : " (" + user.name() + ")");
  }
}
