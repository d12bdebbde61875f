package org.amiframework.testkit.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: a {@link SessionReader} that hands the client's messages to the {@link
 * SessionProcessor} in order, and a {@link SessionWriter} for everything sent back. What Asterisk
 * knows about the client is in its {@link SessionState}.
 */
public final class AmiSession implements ManagerSession {

  private static final Logger LOG = LoggerFactory.getLogger(AmiSession.class);

  private final int id;
  private final SessionChannel channel;
  private final AmiServer server;
  private final SessionProcessor processor;
  private final SessionWriter writer;
  private final CaptureWriter recorder;
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final Thread readerThread;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final SessionState state = new SessionState();

  private volatile boolean stalled;

  AmiSession(int id, SessionChannel channel, AmiServer server, SessionProcessor processor)
      throws IOException {
    this.id = id;
    this.channel = channel;
    this.server = server;
    this.processor = processor;
    this.recorder = server.openRecording(id);
    this.writer =
        new SessionWriter(
            "fake-ami-" + id,
            channel.output(),
            server.settings().writeQueueCapacity(),
            this::recordServerBytes,
            this::closeChannel);
    SessionReader reader =
        new SessionReader(this, channel.input(), processor, recorder, writer::closeAfterPending);
    this.readerThread = FakeThreads.daemon("fake-ami-" + id + "-reader", reader);
  }

  void start() {
    writer.start();
    writeRaw((processor.greeting() + "\r\n").getBytes(StandardCharsets.UTF_8));
    processor.onStart(this);
    readerThread.start();
  }

  // ---- output ------------------------------------------------------------------------------

  /** Queues raw bytes. */
  public void writeRaw(byte[] bytes) {
    writer.write(bytes);
  }

  /** Writes what is queued, then closes the connection (after Logoff or a failed login). */
  public void closeAfterPending() {
    writer.closeAfterPending();
  }

  /** Delivers an event if the session's state lets it through; see {@link SessionState}. */
  public boolean deliver(FramedEvent event) {
    return isOpen() && state.deliver(event, writer::write);
  }

  /** Logs in and queues the login answer atomically; see {@link SessionState#login}. */
  public void loginAccepted(FakeUser user, int read, int write, int mask, List<AmiMessage> answer) {
    state.login(user, read, write, mask, () -> writeBlock(answer));
    server.wakeReaders();
  }

  /** What {@code WaitEvent} waits for; see {@link SessionState#awaitEvent}. */
  @Override
  public List<byte[]> awaitEvent(Duration timeout) throws InterruptedException {
    state.awaitEvent(timeout, this::isOpen);
    return List.of(); // the events were written as they came
  }

  /** Asterisk's {@code send_events = -1} for TCP: every event the read permission allows. */
  @Override
  public int defaultEventMask(int readPermission) {
    return readPermission;
  }

  private void recordServerBytes(byte[] bytes) {
    if (recorder != null) {
      recorder.serverSent(bytes, 0, bytes.length);
    }
  }

  private void closeChannel() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("session {}: close failed: {}", id, e.toString());
    }
    if (recorder != null) {
      recorder.serverClosed();
      recorder.close();
    }
    closedLatch.countDown();
    state.signal();
    server.sessionClosed(this);
  }

  @Override
  public CountDownLatch closed() {
    return closedLatch;
  }

  /** Login, permissions, mask, challenge and filters. */
  public SessionState state() {
    return state;
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
    return channel.remoteAddress();
  }

  @Override
  public void drop() {
    writer.abort();
    closeChannel();
  }

  @Override
  public void reset() {
    channel.armReset();
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
  public String toString() {
    FakeUser user = state.user();
    return "session " + id + (user == null ? " (not logged in)" : " (" + user.name() + ")");
  }
}
