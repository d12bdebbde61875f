package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code Ping} every interval and closes the connection when one is not answered in time. A
 * half-open TCP connection (the server gone without a FIN, a stuck server) otherwise looks alive
 * forever: reads simply never return.
 *
 * <p>The Ping is written from the connector thread and checked by a watchdog on the timer: when the
 * server stops reading, a write can block, and the watchdog still fires even if the Ping never got
 * onto the wire.
 */
final class Keepalive implements SessionTask {

  private static final Logger LOG = LoggerFactory.getLogger(Keepalive.class);
  private static final GenericAction<AmiResponse> PING = GenericAction.named("Ping");

  private final Connection connection;
  private final ClientResources resources;
  private final Duration interval;
  private final Duration timeout;
  private final AtomicLong sent = new AtomicLong();
  private volatile long answered;
  private ScheduledFuture<?> task;

  Keepalive(Connection connection, ClientResources resources, Duration interval, Duration timeout) {
    this.connection = connection;
    this.resources = resources;
    this.interval = interval;
    this.timeout = timeout;
  }

  /** Starts pinging; a zero or negative interval means no keepalive. */
  @Override
  public synchronized void start() {
    if (interval.isZero() || interval.isNegative() || task != null) {
      return;
    }
    long nanos = interval.toNanos();
    try {
      task =
          resources.timer().scheduleWithFixedDelay(this::tick, nanos, nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.debug("Timer stopped; no keepalive for {}", connection.endpoint());
    }
  }

  /** Stops pinging. */
  @Override
  public synchronized void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** On the timer: starts the next Ping unless the last one is still out. */
  private void tick() {
    if (!connection.isOpen() || answered < sent.get()) {
      return;
    }
    long ping = sent.incrementAndGet();
    try {
      resources.timer().schedule(() -> check(ping), timeout.toNanos(), TimeUnit.NANOSECONDS);
      resources
          .connector()
          .execute(
              () ->
                  connection
                      .sendOwn(PING, timeout.plus(interval))
                      .whenComplete((response, failure) -> onAnswer(ping, failure)));
    } catch (RejectedExecutionException e) {
      LOG.debug("Client stopping; keepalive of {} ends", connection.endpoint());
    }
  }

  private void onAnswer(long ping, Throwable failure) {
    // An error response proves the server alive as well as Pong does.
    if (failure == null || failure instanceof AmiActionException) {
      answered = ping;
    }
  }

  private void check(long ping) {
    if (answered >= ping || !connection.isOpen()) {
      return;
    }
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
                + " (connection half-open or server stuck)"));
  }
}
