package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The events of one HTTP manager session, waiting for a {@code WaitEvent} (§5.3): Asterisk never
 * writes them by itself, since an HTTP session has no stream. Every broadcast event is kept, and
 * the {@code WaitEvent} that takes them applies the session's masks and filters as they are then,
 * as {@code process_events()} does; so an event emitted before the first poll, while the session's
 * {@code Events} mask is still 0, is not lost. Bounded: the oldest events go first. Only one {@code
 * WaitEvent} waits at a time: a newer one kicks the older out ("newcomers kick out the previous"),
 * which then returns with nothing.
 */
final class HttpEventQueue {

  /** Decides which events a session may see, and adds their bytes to a list. */
  interface Filter {
    void offer(FramedEvent event, List<byte[]> into);
  }

  private final int capacity;
  private final ArrayDeque<FramedEvent> events = new ArrayDeque<>();
  private final ArrayDeque<byte[]> raw = new ArrayDeque<>();
  private Object waiting;
  private boolean closed;

  /** A queue keeping at most {@code capacity} events. */
  HttpEventQueue(int capacity) {
    this.capacity = capacity;
  }

  /** Queues an event; false once the session ended. */
  synchronized boolean add(FramedEvent event) {
    if (closed) {
      return false;
    }
    events.addLast(event);
    if (events.size() > capacity) {
      events.removeFirst();
    }
    notifyAll();
    return true;
  }

  /** Queues bytes for the next answer as they are, past every mask and filter (a test's fault). */
  synchronized void addRaw(byte[] bytes) {
    raw.addLast(bytes);
    notifyAll();
  }

  /**
   * Waits up to {@code wait} for anything queued (or the end of the session), then takes it all:
   * the events {@code filter} lets through, then the raw bytes.
   *
   * @param waiter identifies this wait; a later wait kicks it out
   * @return what to answer, or null when a newer wait kicked this one out
   */
  synchronized List<byte[]> await(Object waiter, Duration wait, Filter filter)
      throws InterruptedException {
    waiting = waiter;
    notifyAll();
    long deadline = System.nanoTime() + wait.toNanos();
    long left = wait.toNanos();
    while (events.isEmpty() && raw.isEmpty() && waiting == waiter && !closed && left > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
      left = deadline - System.nanoTime();
    }
    if (waiting != waiter) {
      return null;
    }
    waiting = null;
    List<byte[]> taken = new ArrayList<>();
    events.forEach(event -> filter.offer(event, taken));
    events.clear();
    taken.addAll(raw);
    raw.clear();
    return taken;
  }

  /** The session ended: a waiting {@code WaitEvent} answers now; later events are refused. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
