package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiException;

/**
 * Keeps an HTTP session without event polling alive: with {@code Events: off} no {@code WaitEvent}
 * may run (Asterisk would turn the session's events back on), so a {@code Ping} every half session
 * lifetime renews the session instead, and notices when it or the server is gone.
 */
final class PingKeepalive {

  private PingKeepalive() {}

  /**
   * Starts pinging every half {@code sessionTimeout}.
   *
   * @param lost hears a Ping that failed for a reason other than an AMI error: no reply in time, an
   *     unreachable server, or a session that was gone
   * @return the task, to cancel when the session ends
   */
  static ScheduledFuture<?> start(
      ScheduledExecutorService timer,
      HttpActionCaller caller,
      Duration sessionTimeout,
      Duration pingTimeout,
      Consumer<AmiException> lost) {
    long every = Math.max(1, sessionTimeout.toMillis() / 2);
    return timer.scheduleWithFixedDelay(
        () ->
            caller
                .call(GenericAction.named("Ping"), pingTimeout)
                .whenComplete(
                    (pong, error) -> {
                      Throwable cause = error == null ? null : HttpActionCaller.unwrap(error);
                      if (cause instanceof AmiException e && !(e instanceof AmiActionException)) {
                        lost.accept(e);
                      }
                    }),
        every,
        every,
        TimeUnit.MILLISECONDS);
  }
}
