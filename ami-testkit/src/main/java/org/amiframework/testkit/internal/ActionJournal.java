package org.amiframework.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.FakeUser;
import org.amiframework.testkit.ReceivedAction;

/**
 * Every message every client sent, in arrival order, and a way to wait for one. Bounded so that a
 * long-running fake (a demo PBX) does not grow without end: the oldest entries go first.
 */
public final class ActionJournal {

  private final int capacity;
  private final List<ReceivedAction> entries = new ArrayList<>();
  private long dropped;

  public ActionJournal(int capacity) {
    this.capacity = capacity;
  }

  synchronized void record(FakeSession session, AmiMessage message) {
    String user = session.user().map(FakeUser::name).orElse(null);
    entries.add(new ReceivedAction(session.id(), user, message, Instant.now()));
    if (entries.size() > capacity) {
      // Drop a tenth at once, so that a full journal costs no array shift per action.
      int drop = Math.max(1, capacity / 10);
      entries.subList(0, drop).clear();
      dropped += drop;
    }
    notifyAll();
  }

  /** A copy of the entries. */
  public synchronized List<ReceivedAction> snapshot() {
    return List.copyOf(entries);
  }

  /** How many entries were dropped (to respect the capacity, or by {@link #clear()}). */
  public synchronized long dropped() {
    return dropped;
  }

  /** Forgets everything recorded so far. */
  public synchronized void clear() {
    dropped += entries.size();
    entries.clear();
  }

  /**
   * Waits for an entry that satisfies {@code condition}, recorded at or after position {@code from}
   * (counted from the start, dropped entries included).
   *
   * @return the entry, or null on timeout
   */
  public synchronized ReceivedAction await(
      Predicate<ReceivedAction> condition, long from, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long checked = Math.max(from, dropped);
    while (true) {
      checked = Math.max(checked, dropped);
      for (; checked < dropped + entries.size(); checked++) {
        ReceivedAction entry = entries.get((int) (checked - dropped));
        if (condition.test(entry)) {
          return entry;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** The position the next entry will have (counted from the start, dropped ones included). */
  public synchronized long end() {
    return dropped + entries.size();
  }
}
