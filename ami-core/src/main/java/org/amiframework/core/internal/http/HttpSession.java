package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.SessionLink;

/**
 * One manager session of Asterisk's HTTP server, from the first request to its end: the {@link
 * SessionLink} the shared client drives. Asterisk keys it by the {@code mansession_id} cookie the
 * {@link HttpAmiTransport} keeps, or over Digest by the nonce. It ends, once, when an exchange
 * cannot reach the server or breaks, when a reply comes in a new session (the old one expired or
 * was logged off), when the event queue overflows under the RECONNECT policy, when the event
 * polling fails, or when the client closes it; later reports about it change nothing.
 */
final class HttpSession implements SessionLink, HttpActionCaller.SessionEvents {

  private final HttpAmiTransport transport;
  private final HttpActionCaller caller;
  private final SessionLink.CloseListener listener;
  private final AtomicBoolean open = new AtomicBoolean(true);

  HttpSession(HttpAmiTransport transport, ClientCore core, SessionLink.CloseListener listener) {
    this.transport = transport;
    this.caller = new HttpActionCaller(transport, core, this);
    this.listener = listener;
  }

  /** Sends this session's actions. */
  HttpActionCaller caller() {
    return caller;
  }

  @Override
  public String endpoint() {
    return transport.endpoint().toString();
  }

  @Override
  public boolean isOpen() {
    return open.get();
  }

  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    if (!isOpen()) {
      return CompletableFuture.failedFuture(
          new ConnectionLostException(
              action.actionName() + " not sent: the HTTP session at " + endpoint() + " ended"));
    }
    return caller.call(action, timeout);
  }

  @Override
  public void sessionEnded(AmiException cause) {
    close(cause);
  }

  @Override
  public void close(Throwable cause) {
    if (open.compareAndSet(true, false)) {
      // A new session starts from no cookie: the server would refuse the old one anyway.
      transport.dropSession();
      listener.closed(this, cause);
    }
  }

  @Override
  public String toString() {
    return "HTTP session at " + endpoint() + (isOpen() ? "" : " (ended)");
  }
}
