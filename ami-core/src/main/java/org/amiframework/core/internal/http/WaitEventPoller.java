package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.SessionTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches events over HTTP, where Asterisk only queues them for the session: a loop of {@code
 * WaitEvent} long polls, each answered as soon as events are queued or after its {@code Timeout}.
 * The events of each reply go to the client's event queue through the {@link HttpActionCaller}.
 *
 * <p>The loop also keeps the session alive (each request renews its {@code httptimeout}) and is the
 * client's liveness check: a poll that fails, times out, or finds the session gone ends the
 * session, and the client opens a new one. Asterisk waits at most {@code httptimeout - 10} seconds,
 * so the poll asks for a few seconds less than that, and its HTTP timeout allows the wait plus the
 * configured ping timeout. A poll kicked out with no output (a {@code WaitEvent} sent by the user
 * kicks out the running one, as Asterisk answers only the newest) is followed by a short pause,
 * never by a busy loop. So is a reply that comes back early with no event for the client, but only
 * from the second in a row: one alone is normal, Asterisk ending a {@code WaitEvent} as soon as any
 * event is queued, also one the session may not see (§5.3 of ami-protocol.md), and pausing then
 * would delay the next events by the pause.
 */
final class WaitEventPoller implements SessionTask {

  private static final Logger LOG = LoggerFactory.getLogger(WaitEventPoller.class);
  private static final String COMPLETE = "WaitEventComplete";
  private static final long MARGIN_SECONDS = 5;
  private static final long ASTERISK_RESERVE_SECONDS = 10;
  private static final Duration PAUSE_AFTER_EARLY_REPLY = Duration.ofSeconds(1);

  private final HttpActionCaller caller;
  private final ClientCore core;
  private final HttpAmiTransport transport;
  private final ScheduledExecutorService scheduler;
  private final Duration slack;
  private final HttpSession session;
  private volatile boolean stopped;

  /** Replies in a row that came back early with no event; only one poll runs at a time. */
  private volatile int earlyAndEmptyInARow;

  /**
   * A poller of one session.
   *
   * @param slack how much longer than the wait it asked for a poll may take
   */
  WaitEventPoller(
      HttpSession session,
      ClientCore core,
      HttpAmiTransport transport,
      ScheduledExecutorService scheduler,
      Duration slack) {
    this.session = session;
    this.caller = session.caller();
    this.core = core;
    this.transport = transport;
    this.scheduler = scheduler;
    this.slack = slack;
  }

  /**
   * The {@code Timeout} each poll asks for: {@code httptimeout - 10 - 5} seconds (45 for the
   * default 60), at least 1.
   */
  static long waitSeconds(Duration sessionTimeout) {
    return Math.max(1, sessionTimeout.toSeconds() - ASTERISK_RESERVE_SECONDS - MARGIN_SECONDS);
  }

  /** Starts polling. */
  @Override
  public void start() {
    schedule(Duration.ZERO);
  }

  /** Stops after the poll in flight, whose events are still delivered. */
  @Override
  public void stop() {
    stopped = true;
  }

  private void schedule(Duration delay) {
    if (stopped) {
      return;
    }
    try {
      scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      stopped = true; // the client is closing
    }
  }

  private void poll() {
    if (stopped) {
      return;
    }
    long wait = waitSeconds(transport.sessionTimeout());
    GenericAction<AmiResponse> waitEvent =
        GenericAction.named("WaitEvent").with("Timeout", Long.toString(wait));
    ClientCore.Answer<AmiResponse> answer = core.answer(waitEvent);
    long eventsBefore = core.metrics().eventsReceived();
    long started = System.nanoTime();
    caller
        .attempt(waitEvent, answer, Duration.ofSeconds(wait).plus(slack), COMPLETE)
        .whenComplete(
            (reply, error) -> {
              if (stopped) {
                return;
              }
              if (error != null) {
                fail(asAmiException(ClientCore.unwrap(error)));
              } else if (reply.sessionReplaced()) {
                fail(
                    new ConnectionLostException(
                        "HTTP session at " + transport.endpoint() + " expired"));
              } else if (!answer.complete()) {
                // No output at all: a newer WaitEvent (the user's) kicked this one out.
                schedule(PAUSE_AFTER_EARLY_REPLY);
              } else {
                afterReply(waitEvent, answer, wait, started, eventsBefore);
              }
            });
  }

  private void afterReply(
      GenericAction<AmiResponse> waitEvent,
      ClientCore.Answer<AmiResponse> answer,
      long wait,
      long started,
      long eventsBefore) {
    boolean early = System.nanoTime() - started < TimeUnit.SECONDS.toNanos(wait) / 2;
    boolean empty = core.metrics().eventsReceived() == eventsBefore;
    earlyAndEmptyInARow = early && empty ? earlyAndEmptyInARow + 1 : 0;
    Duration pause = pauseAfter(earlyAndEmptyInARow);
    caller.finish(waitEvent, answer);
    answer
        .future()
        .whenComplete(
            (response, refused) -> {
              if (refused != null) {
                fail(
                    new AmiException(
                        "WaitEvent refused by "
                            + transport.endpoint()
                            + ": "
                            + refused.getMessage(),
                        refused));
              } else {
                schedule(pause);
              }
            });
  }

  /**
   * The pause before the next poll after a reply that came back normally, given how many replies in
   * a row (this one included) came back early with no event: none for the first.
   */
  static Duration pauseAfter(int earlyAndEmptyInARow) {
    return earlyAndEmptyInARow > 1 ? PAUSE_AFTER_EARLY_REPLY : Duration.ZERO;
  }

  private void fail(AmiException cause) {
    if (!stopped) {
      stopped = true;
      LOG.debug("Polling {} for events ended: {}", transport.endpoint(), cause.getMessage());
      session.close(cause);
    }
  }

  private static AmiException asAmiException(Throwable t) {
    return t instanceof AmiException e ? e : new AmiException(String.valueOf(t), t);
  }
}
