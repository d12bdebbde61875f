package org.amiframework.testkit.junit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.amiframework.core.api.AmiEvent;

/**
 * The events the application under test received from the fake, in order, as its client handed them
 * to the runtime (typed by the application's bindings): what the user's read classes, the login
 * {@code Events} mask and the filters let through. Which handler acted on them is the handlers'
 * business; inject a handler bean to inspect its state.
 *
 * <p>Bounded: beyond {@value #CAPACITY} events the oldest are forgotten.
 */
public final class ReceivedEvents {

  /** How many events are kept. */
  public static final int CAPACITY = 100_000;

  private static final int LISTED = 30;

  private final List<AmiEvent> events = new ArrayList<>();
  private long dropped;

  ReceivedEvents() {}

  /** Records one event; called on the client's delivery thread. */
  synchronized void record(AmiEvent event) {
    events.add(event);
    if (events.size() > CAPACITY) {
      events.subList(0, CAPACITY / 10).clear();
      dropped += CAPACITY / 10;
    }
    notifyAll();
  }

  /** Every event received, oldest first. */
  public synchronized List<AmiEvent> all() {
    return List.copyOf(events);
  }

  /** The events of this name, oldest first. */
  public List<AmiEvent> named(String name) {
    Objects.requireNonNull(name, "name");
    return all().stream().filter(e -> name.equals(e.name())).toList();
  }

  /** The events of this type (a generated event class or a common supertype), oldest first. */
  public <E extends AmiEvent> List<E> ofType(Class<E> type) {
    return all().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Waits up to {@code timeout} for an event of this name; see {@link #await(Predicate, Duration)}.
   */
  public AmiEvent await(String name, Duration timeout) {
    Objects.requireNonNull(name, "name");
    return await(e -> name.equals(e.name()), "an event named " + name, timeout);
  }

  /**
   * The first event received that satisfies {@code condition}, waiting for it if need be.
   *
   * @throws AssertionError on timeout, listing the events received
   */
  public AmiEvent await(Predicate<? super AmiEvent> condition, Duration timeout) {
    return await(condition, "an event satisfying the condition", timeout);
  }

  private synchronized AmiEvent await(
      Predicate<? super AmiEvent> condition, String what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long checked = dropped;
    while (true) {
      // Positions count from the first event ever recorded, so forgotten ones shift nothing.
      for (checked = Math.max(checked, dropped); checked < dropped + events.size(); checked++) {
        AmiEvent event = events.get((int) (checked - dropped));
        if (condition.test(event)) {
          return event;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "the application received no " + what + " within " + timeout + describe());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }

  /** Asserts that no event of this name was received. */
  public void assertNotReceived(String name) {
    List<AmiEvent> found = named(name);
    if (!found.isEmpty()) {
      throw new AssertionError(
          "expected the application to receive no "
              + name
              + " event, got "
              + found.size()
              + describe());
    }
  }

  /** Forgets the events received so far. */
  public synchronized void clear() {
    dropped += events.size();
    events.clear();
  }

  private String describe() {
    List<AmiEvent> all = all();
    StringBuilder sb = new StringBuilder(". It received ").append(all.size()).append(" events");
    int from = Math.max(0, all.size() - LISTED);
    if (from > 0) {
      sb.append(", the last ").append(LISTED);
    }
    sb.append(all.isEmpty() ? "." : ":");
    for (int i = from; i < all.size(); i++) {
      sb.append("\n  ").append(i + 1).append(". ").append(all.get(i));
    }
    return sb.toString();
  }
}
