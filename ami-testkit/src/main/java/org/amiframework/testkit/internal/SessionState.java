package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.amiframework.testkit.FakeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Asterisk keeps in {@code mansession_session} about a client: who it logged in as, its read
 * and write permissions, its {@code Events} mask, its MD5 challenge and its filters; and the rule
 * that decides which events reach it. Thread-safe: the session's own thread changes it while any
 * thread may broadcast.
 */
public final class SessionState {

  private static final Logger LOG = LoggerFactory.getLogger(SessionState.class);

  private final Object deliveryLock = new Object();
  private final Object eventSignal = new Object();
  private final EventFilterSet filters = new EventFilterSet();
  private long deliveredEvents;
  private long eventsSeenByWaitEvent;

  private volatile FakeUser user;
  private volatile int readPermission;
  private volatile int writePermission;
  private volatile int sendEvents;
  private volatile String challenge;

  /**
   * Logs in and queues the login answer in one step no broadcast can split: an event emitted once
   * the client has read "Authentication accepted" reaches it, and none is written before it.
   *
   * @param writeAnswer queues the answer
   */
  void login(FakeUser user, int read, int write, int mask, Runnable writeAnswer) {
    for (String filter : user.eventFilters()) {
      try {
        filters.add(EventFilter.parse(null, filter));
      } catch (EventFilter.InvalidFilterException e) {
        LOG.warn("user {}: eventfilter '{}' ignored: {}", user.name(), filter, e.getMessage());
      }
    }
    synchronized (deliveryLock) {
      this.readPermission = read;
      this.writePermission = write;
      this.sendEvents = mask;
      this.user = user;
      writeAnswer.run();
    }
  }

  /**
   * Writes an event if Asterisk would: logged in, every class bit of the event held by both the
   * read permission and the {@code Events} mask, and let through by the filters.
   *
   * @param write queues the bytes; false if the connection refused them
   * @return whether the event was written
   */
  boolean deliver(FramedEvent event, Predicate<byte[]> write) {
    boolean written;
    synchronized (deliveryLock) {
      int category = event.category();
      if (user == null
          || (readPermission & category) != category
          || (sendEvents & category) != category
          || !filters.shouldSend(event.name(), event.text())) {
        return false;
      }
      written = write.test(event.bytes());
    }
    signal();
    return written;
  }

  /** Wakes {@link #awaitEvent} (an event arrived, or the connection closed). */
  void signal() {
    synchronized (eventSignal) {
      deliveredEvents++;
      eventSignal.notifyAll();
    }
  }

  /**
   * Waits until an event has reached the session since the previous {@code WaitEvent} returned (or
   * since login), or until it closes: what {@code WaitEvent} waits for. Counting from the previous
   * call, not from this one, means an event that arrives while the action is on its way is not
   * missed.
   *
   * @param timeout how long at most; null waits without limit
   * @param open whether the connection is still open
   */
  void awaitEvent(Duration timeout, BooleanSupplier open) throws InterruptedException {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    synchronized (eventSignal) {
      try {
        while (deliveredEvents == eventsSeenByWaitEvent && open.getAsBoolean()) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return;
          }
          TimeUnit.NANOSECONDS.timedWait(eventSignal, Math.min(left, TimeUnit.SECONDS.toNanos(60)));
        }
      } finally {
        eventsSeenByWaitEvent = deliveredEvents;
      }
    }
  }

  /** The user logged in as, or null. */
  public FakeUser user() {
    return user;
  }

  public int readPermission() {
    return readPermission;
  }

  public int writePermission() {
    return writePermission;
  }

  public int sendEvents() {
    return sendEvents;
  }

  /** Sets the {@code Events} mask ({@code set_eventmask()}). */
  public void sendEvents(int mask) {
    this.sendEvents = mask;
  }

  /** The MD5 challenge handed out, or null. */
  public String challenge() {
    return challenge;
  }

  public void challenge(String value) {
    this.challenge = value;
  }

  EventFilterSet filters() {
    return filters;
  }
}
