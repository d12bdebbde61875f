package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiAction;

/**
 * One session with the server as a transport carries it: a TCP connection ({@link Connection}), or
 * an HTTP manager session keyed by its cookie or Digest nonce. The {@link ConnectionSupervisor}
 * drives every transport through this interface, so the client's life (login, reconnect, close) is
 * written once. A link ends exactly once, for one cause, and its {@link CloseListener} hears of it;
 * after that every action sent on it fails with {@link
 * org.amiframework.core.client.ConnectionLostException}. Public only for the other internal
 * packages; not API.
 */
public interface SessionLink {

  /** Hears the end of a link, exactly once. */
  interface CloseListener {
    /**
     * The link ended; {@code cause} is null when the client ended it on purpose (a close, or the
     * server's goodbye after our Logoff).
     */
    void closed(SessionLink link, Throwable cause);
  }

  /** The server, for messages: {@code tcp://host:port} or the endpoint's URL. */
  String endpoint();

  /** Whether the link has not ended yet. */
  boolean isOpen();

  /**
   * Sends a user's action and returns the future of its result, completed on the client's callback
   * pool. It fails, sending nothing, when a header would inject CR/LF or the link has ended; with
   * {@link SessionGoneException} when the server refused the action unrun because the session was
   * gone (the link then has ended).
   */
  <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout);

  /**
   * Sends one of the client's own actions (login, ListCommands, keepalive): like {@link #send}, but
   * its future may be completed on the transport's own thread, since what is chained to it is the
   * client's own cheap, non-blocking code. By default, as {@link #send}.
   */
  default <R> CompletableFuture<R> sendOwn(AmiAction<R> action, Duration timeout) {
    return send(action, timeout);
  }

  /**
   * Sends Logoff and waits a bounded time (about twice {@code timeout}) for the goodbye; a missing
   * answer is no failure. The server's close that follows is then no failure either. By default, as
   * {@link LoginSequence#logoff}, for links whose answers need no thread of the client's own.
   */
  default void logoff(Duration timeout) {
    LoginSequence.logoff(this, timeout);
  }

  /** Ends the link (idempotent); {@code cause} null means on purpose. */
  void close(Throwable cause);
}
