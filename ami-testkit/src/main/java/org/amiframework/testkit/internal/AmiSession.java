package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;
import org.amiframework.testkit.AmiCapture;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.ReceivedAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: a {@link SessionReader} that hands the client's messages to the {@link
 * SessionProcessor} in order, and a {@link SessionWriter} for everything sent back. What Asterisk
 * knows about the client is in its {@link SessionState}.
 */
public final class AmiSession implements FakeSession {

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
  public void awaitEvent(Duration timeout) throws InterruptedException {
    state.awaitEvent(timeout, this::isOpen);
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
  public Optional<FakeUser> user() {
    return Optional.ofNullable(state.user());
  }

  @Override
  public boolean isAuthenticated() {
    return state.user() != null;
  }

  @Override
  public boolean isOpen() {
    return closedLatch.getCount() > 0;
  }

  @Override
  public List<AmiMessage> receivedActions() {
    return server.journal().snapshot().stream()
        .filter(a -> a.sessionId() == id)
        .map(ReceivedAction::message)
        .toList();
  }

  @Override
  public boolean emit(AmiMessage event) {
    boolean delivered = deliver(server.frame(event, null));
    server.emitted();
    return delivered;
  }

  @Override
  public boolean emit(AmiEvent event) {
    boolean delivered = deliver(server.frame(event));
    server.emitted();
    return delivered;
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
    FakeUser user = state.user();
    return "session " + id + (user == null ? " (not logged in)" : " (" + user.name() + ")");
  }
}
