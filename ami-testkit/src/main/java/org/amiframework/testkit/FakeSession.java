package org.amiframework.testkit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;

/**
 * One client connection to a {@link FakeAsterisk}: what it sent, who it logged in as, and the
 * levers to send it things and to break it on purpose.
 */
public interface FakeSession {

  /**
   * A number unique within the fake, starting at 1 (it survives {@link FakeAsterisk#restart()}).
   */
  int id();

  /** The client's address. */
  InetSocketAddress remoteAddress();

  /** The user this session logged in as, if it did. */
  Optional<FakeUser> user();

  /** Whether the session has logged in. */
  boolean isAuthenticated();

  /** Whether the connection is still open. */
  boolean isOpen();

  /** Every action this session sent, in order, failed and refused ones included. */
  List<AmiMessage> receivedActions();

  /**
   * Sends an event to this session if Asterisk would: its read classes and {@code Events} mask must
   * hold every class of the event, and its filters must let it through. The event is framed as
   * {@link FakeAsterisk#emit(AmiMessage)} frames it.
   *
   * @return whether the session received it
   */
  boolean emit(AmiMessage event);

  /** Sends a typed event to this session if Asterisk would; see {@link #emit(AmiMessage)}. */
  boolean emit(AmiEvent event);

  /** Writes a message as it is, past every mask and filter (a response, a list item, anything). */
  void send(AmiMessage message);

  /** Writes raw bytes, after whatever is already queued. */
  void sendRaw(byte[] bytes);

  /** Writes every message of a capture (not its greeting) exactly as recorded, at once. */
  void stream(AmiCapture capture);

  /** Closes the connection cleanly (FIN) now; output not yet written is dropped. */
  void drop();

  /** Closes the connection with a TCP reset (RST), as a crashed server or a firewall would. */
  void reset();

  /** Writes the first half of an event, then closes the connection: a message cut in the middle. */
  void dropMidMessage();

  /**
   * Stops reading the socket: actions are neither answered nor recorded until {@link #resume()}.
   */
  void stall();

  /** Reads the socket again after {@link #stall()}. */
  void resume();

  /** Writes {@code length} bytes of binary garbage (no line end, no colon), then CRLF CRLF. */
  void sendGarbage(int length);

  /** Writes one header line {@code length} bytes long, then the blank line that ends it. */
  void sendOversizedLine(int length);

  /** Waits until the connection is closed; false on timeout. */
  boolean awaitClosed(Duration timeout);
}
