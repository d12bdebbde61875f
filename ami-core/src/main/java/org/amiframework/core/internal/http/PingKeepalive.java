package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.SessionTask;

/**
 * Keeps an HTTP session without event polling alive: with {@code Events: off} no {@code WaitEvent}
 * may run (Asterisk would turn the session's events back on), so a {@code Ping} every half session
 * lifetime renews the session instead, and notices when it or the server is gone: a Ping that fails
 * for a reason other than an AMI error (no reply in time, an unreachable server, a session that was
 * gone) ends the session.
 */
final class PingKeepalive implements SessionTask {

  private final ScheduledExecutorService timer;
  private final HttpSession session;
  private final HttpAmiTransport transport;
  private final Duration pingTimeout;
  private ScheduledFuture<?> task;

  PingKeepalive(
      ScheduledExecutorService timer,
      HttpSession session,
      HttpAmiTransport transport,
      Duration pingTimeout) {
    this.timer = timer;
    this.session = session;
    this.transport = transport;
    this.pingTimeout = pingTimeout;
  }

  /** Starts pinging every half session lifetime (as the server last announced it). */
  @Override
  public synchronized void start() {
    long every = Math.max(1, transport.sessionTimeout().toMillis() / 2);
    try {
      task = timer.scheduleWithFixedDelay(this::ping, every, every, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      task = null; // the client is closing
    }
  }

  @Override
  public synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void ping() {
    session
        .send(GenericAction.named("Ping"), pingTimeout)
        .whenComplete(
            (pong, error) -> {
              Throwable cause = error == null ? null : ClientCore.unwrap(error);
              if (cause instanceof AmiException e && !(e instanceof AmiActionException)) {
                session.close(e);
              }
            });
  }
}
