package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.MessageEncoder;
import org.amiframework.testkit.AmiCapture;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.ReceivedAction;

/**
 * What the protocol engine ({@link ActionDispatcher} and the action handlers) needs of a manager
 * session, whatever carries it: a byte stream ({@link AmiSession}: TCP or in memory) or the
 * requests of Asterisk's HTTP server ({@link HttpManagerSession}). Asterisk, too, runs one {@code
 * process_message()} for both, on a {@code mansession} whose output goes to the socket or to the
 * HTTP reply.
 */
public interface ManagerSession extends FakeSession {

  /** The fake this session belongs to. */
  AmiServer server();

  /** Login, permissions, mask, challenge and filters. */
  SessionState state();

  /** Falls once, when the session ends. */
  CountDownLatch closed();

  /**
   * Queues raw bytes of the answer: over TCP onto the connection; over HTTP into the reply of the
   * request being answered, or, outside one, into the next {@code WaitEvent}'s.
   */
  void writeRaw(byte[] bytes);

  /** Queues one message of the answer, unfiltered (a response, a list item). */
  default void write(AmiMessage message) {
    writeRaw(MessageEncoder.encode(message));
  }

  /** Queues messages as one block that nothing can interleave (a response and its list). */
  default void writeBlock(List<AmiMessage> messages) {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    messages.forEach(m -> block.writeBytes(MessageEncoder.encode(m)));
    writeRaw(block.toByteArray());
  }

  /** Ends the session once what is queued has gone out (after Logoff or a failed login). */
  void closeAfterPending();

  /** Hands an event to the session if its state lets it through; see {@link SessionState}. */
  boolean deliver(FramedEvent event);

  /** Logs in and queues the login answer atomically; see {@link SessionState#login}. */
  void loginAccepted(FakeUser user, int read, int write, int mask, List<AmiMessage> answer);

  /**
   * The {@code Events} mask of a login that names none: over TCP every event the user may read,
   * over HTTP none until the first {@code WaitEvent} ({@code send_events = 0} for HTTP sessions).
   */
  int defaultEventMask(int readPermission);

  /**
   * What {@code WaitEvent} waits for: an event for the session, or its {@code timeout} (null:
   * none). Returns the encoded events to answer between its response and {@code WaitEventComplete}:
   * none over TCP, where events are written as they come.
   */
  List<byte[]> awaitEvent(Duration timeout) throws InterruptedException;

  // ---- FakeSession, the same for every transport --------------------------------------------

  @Override
  default boolean isOpen() {
    return closed().getCount() > 0;
  }

  @Override
  default boolean awaitClosed(Duration timeout) {
    try {
      return closed().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  default Optional<FakeUser> user() {
    return Optional.ofNullable(state().user());
  }

  @Override
  default boolean isAuthenticated() {
    return state().user() != null;
  }

  @Override
  default List<AmiMessage> receivedActions() {
    return server().journal().snapshot().stream()
        .filter(a -> a.sessionId() == id())
        .map(ReceivedAction::message)
        .toList();
  }

  @Override
  default boolean emit(AmiMessage event) {
    boolean delivered = deliver(server().frame(event, null));
    server().emitted();
    return delivered;
  }

  @Override
  default boolean emit(AmiEvent event) {
    boolean delivered = deliver(server().frame(event));
    server().emitted();
    return delivered;
  }

  @Override
  default void send(AmiMessage message) {
    write(message);
  }

  @Override
  default void sendRaw(byte[] bytes) {
    writeRaw(bytes.clone());
  }

  @Override
  default void stream(AmiCapture capture) {
    for (int i = 0; i < capture.size(); i++) {
      writeRaw(capture.rawBytes(i));
    }
  }

  @Override
  default void sendGarbage(int length) {
    writeRaw(FaultBytes.garbage(length));
  }

  @Override
  default void sendOversizedLine(int length) {
    writeRaw(FaultBytes.oversizedLine(length));
  }
}
