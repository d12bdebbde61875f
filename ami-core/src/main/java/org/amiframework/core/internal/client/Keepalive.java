package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code Ping} every interval and closes the connection when one is not answered in time. A
 * half-open TCP connection (the server gone without a FIN, a stuck server) otherwise looks alive
 * forever: reads simply never return.
 */
final class Keepalive {

  private static final Logger LOG = LoggerFactory.getLogger(Keepalive.class);
  private static final GenericAction<AmiResponse> PING = GenericAction.named("Ping");

  private final Connection connection;
  private final ScheduledExecutorService timer;
  private final Duration interval;
  private final Duration timeout;
  private final AtomicBoolean inFlight = new AtomicBoolean();
  private ScheduledFuture<?> task;

  Keepalive(
      Connection connection, ScheduledExecutorService timer, Duration interval, Duration timeout) {
    this.connection = connection;
    this.timer = timer;
    this.interval = interval;
    this.timeout = timeout;
  }

  /** Starts pinging; a zero or negative interval means no keepalive. */
  synchronized void start() {
    if (interval.isZero() || interval.isNegative() || task != null) {
      return;
    }
    long nanos = interval.toNanos();
    try {
      task = timer.scheduleWithFixedDelay(this::ping, nanos, nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("Timer stopped; no keepalive for {}", connection.endpoint());
    }
  }

  /** Stops pinging. */
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void ping() {
    if (!connection.isOpen() || !inFlight.compareAndSet(false, true)) {
      return;
    }
    connection
        .send(PING, timeout)
        .whenComplete(
            (response, failure) -> {
              inFlight.set(false);
              Throwable cause =
                  failure instanceof CompletionException ? failure.getCause() : failure;
              if (cause instanceof AmiTimeoutException) {
                LOG.warn(
                    "{} did not answer the keepalive Ping within {} ms; closing the connection",
                    connection.endpoint(),
                    timeout.toMillis());
                connection.close(
                    new AmiTimeoutException(
                        "keepalive Ping not answered within "
                            + timeout.toMillis()
                            + " ms by "
                            + connection.endpoint()
                            + " (connection half-open or server stuck)",
                        cause));
              }
            });
  }
}
