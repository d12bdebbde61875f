package org.amiframework.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.internal.ActionJournal;
import org.amiframework.testkit.stub.ActionMatcher;

/**
 * What clients sent to the fake, for assertions: {@code
 * pbx.actions().await(action("Hangup").withHeader("Channel", channel))}. A failed assertion throws
 * an {@link AssertionError} that lists every action received, and for a matcher also says why the
 * nearest candidates did not match, so the failure explains itself.
 */
public final class ReceivedActions {

  /** How long the {@code await} methods without a timeout wait. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private static final int LISTED = 50;

  private final ActionJournal journal;

  ReceivedActions(ActionJournal journal) {
    this.journal = journal;
  }

  /** Every received message, in arrival order, with session and time. */
  public List<ReceivedAction> all() {
    return journal.snapshot();
  }

  /** Every received message, in arrival order. */
  public List<AmiMessage> messages() {
    return all().stream().map(ReceivedAction::message).toList();
  }

  /** The received messages that satisfy {@code condition}. */
  public List<AmiMessage> matching(Predicate<AmiMessage> condition) {
    return messages().stream().filter(condition).toList();
  }

  /**
   * Waits up to {@link #DEFAULT_TIMEOUT} for a matching action; see {@link #await(ActionMatcher,
   * Duration)}.
   */
  public AmiMessage await(ActionMatcher matcher) {
    return await(matcher, DEFAULT_TIMEOUT);
  }

  /**
   * The first action received (since the start or the last {@link #clear()}) that matches, waiting
   * for it if need be.
   *
   * @throws AssertionError on timeout, listing what was received and why it did not match
   */
  public AmiMessage await(ActionMatcher matcher, Duration timeout) {
    ReceivedAction found = awaitEntry(e -> matcher.test(e.message()), timeout);
    if (found == null) {
      throw new AssertionError(
          "no action matching [" + matcher + "] within " + timeout + describe(matcher));
    }
    return found.message();
  }

  /** Like {@link #await(ActionMatcher, Duration)} for any condition (failures list all actions). */
  public AmiMessage await(Predicate<AmiMessage> condition, Duration timeout) {
    Objects.requireNonNull(condition, "condition");
    ReceivedAction found = awaitEntry(e -> condition.test(e.message()), timeout);
    if (found == null) {
      throw new AssertionError(
          "no action satisfying the condition within " + timeout + describe(null));
    }
    return found.message();
  }

  /**
   * Waits for an action of a generated type and decodes it, for typed assertions: {@code
   * pbx.actions().await(Hangup.TYPE, timeout).channel()}.
   */
  public <A extends AmiAction<?>> A await(ActionType<A> type, Duration timeout) {
    return type.decoder().apply(await(ActionMatcher.action(type.name()), timeout));
  }

  /**
   * Waits for an action of a generated type that satisfies {@code condition}, and returns it
   * decoded: {@code await(Originate.TYPE, o -> o.channel().startsWith("Local/"), timeout)}.
   *
   * @throws AssertionError on timeout, listing what was received
   */
  public <A extends AmiAction<?>> A await(
      ActionType<A> type, Predicate<? super A> condition, Duration timeout) {
    Objects.requireNonNull(condition, "condition");
    ActionMatcher named = ActionMatcher.action(type.name());
    ReceivedAction found =
        awaitEntry(
            e -> named.test(e.message()) && condition.test(type.decoder().apply(e.message())),
            timeout);
    if (found == null) {
      throw new AssertionError(
          "no "
              + type.name()
              + " action satisfying the condition within "
              + timeout
              + describe(named));
    }
    return type.decoder().apply(found.message());
  }

  /** Waits until {@code count} matching actions arrived and returns them. */
  public List<AmiMessage> awaitCount(int count, ActionMatcher matcher, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<AmiMessage> found = matching(matcher);
      if (found.size() >= count) {
        return found;
      }
      Duration left = Duration.ofNanos(deadline - System.nanoTime());
      if (left.isNegative() || left.isZero()) {
        throw new AssertionError(
            "expected "
                + count
                + " actions matching ["
                + matcher
                + "] within "
                + timeout
                + ", got "
                + found.size()
                + describe(matcher));
      }
      awaitEntryAfter(journal.end(), e -> matcher.test(e.message()), left);
    }
  }

  /** Asserts that at least one received action matches, now; returns the matches. */
  public List<AmiMessage> assertReceived(ActionMatcher matcher) {
    List<AmiMessage> found = matching(matcher);
    if (found.isEmpty()) {
      throw new AssertionError(
          "no action matching [" + matcher + "] was received" + describe(matcher));
    }
    return found;
  }

  /** Asserts that exactly {@code times} received actions match, now. */
  public List<AmiMessage> assertReceived(int times, ActionMatcher matcher) {
    List<AmiMessage> found = matching(matcher);
    if (found.size() != times) {
      throw new AssertionError(
          "expected "
              + times
              + " actions matching ["
              + matcher
              + "], got "
              + found.size()
              + describe(matcher));
    }
    return found;
  }

  /** Asserts that no received action matches. */
  public void assertNotReceived(ActionMatcher matcher) {
    List<AmiMessage> found = matching(matcher);
    if (!found.isEmpty()) {
      throw new AssertionError(
          "expected no action matching [" + matcher + "], got " + found.size() + describe(null));
    }
  }

  /**
   * Asserts that actions matching these matchers were received in this order, now: each matcher
   * must match an action received after the one the previous matcher matched (other actions may
   * come between). Returns the matched actions.
   *
   * @throws AssertionError naming the first matcher that found nothing after the previous match
   */
  public List<AmiMessage> assertInOrder(ActionMatcher... matchers) {
    List<AmiMessage> received = messages();
    List<AmiMessage> matched = new ArrayList<>();
    int next = 0;
    for (int m = 0; m < matchers.length; m++) {
      int at = indexOf(received, matchers[m], next);
      if (at < 0) {
        boolean earlier = indexOf(received, matchers[m], 0) >= 0;
        throw new AssertionError(
            "expected in order: "
                + describeOrder(matchers)
                + "; no action matching ["
                + matchers[m]
                + "] was received"
                + (m == 0 ? "" : " after the one matching [" + matchers[m - 1] + "]")
                + (earlier ? " (one was received before it)" : "")
                + describe(matchers[m]));
      }
      matched.add(received.get(at));
      next = at + 1;
    }
    return matched;
  }

  private static int indexOf(List<AmiMessage> received, ActionMatcher matcher, int from) {
    for (int i = from; i < received.size(); i++) {
      if (matcher.test(received.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String describeOrder(ActionMatcher... matchers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < matchers.length; i++) {
      sb.append(i == 0 ? "" : " -> ").append('[').append(matchers[i]).append(']');
    }
    return sb.toString();
  }

  /** Forgets what was received so far; later awaits only see newer actions. */
  public void clear() {
    journal.clear();
  }

  private ReceivedAction awaitEntry(Predicate<ReceivedAction> condition, Duration timeout) {
    return awaitEntryAfter(0, condition, timeout);
  }

  private ReceivedAction awaitEntryAfter(
      long from, Predicate<ReceivedAction> condition, Duration timeout) {
    try {
      return journal.await(condition, from, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for an action", e);
    }
  }

  /** The received actions, and for a matcher the nearest misses with what each lacks. */
  private String describe(ActionMatcher matcher) {
    List<ReceivedAction> entries = all();
    StringBuilder sb = new StringBuilder();
    sb.append(". The fake received ").append(entries.size()).append(" actions");
    if (entries.isEmpty()) {
      return sb.append('.').toString();
    }
    sb.append(':');
    int from = Math.max(0, entries.size() - LISTED);
    if (from > 0) {
      sb.append("\n  ... ").append(from).append(" older ones not shown");
    }
    for (int i = from; i < entries.size(); i++) {
      sb.append("\n  ").append(i + 1).append(". ").append(entries.get(i));
    }
    if (matcher != null) {
      entries.stream()
          .filter(e -> matcher.matchesName(e.message()))
          .sorted(Comparator.comparingInt(e -> matcher.mismatches(e.message()).size()))
          .limit(3)
          .forEach(
              e ->
                  sb.append("\n  nearest: ")
                      .append(e)
                      .append("\n    but ")
                      .append(String.join(", ", matcher.mismatches(e.message()))));
    }
    return sb.toString();
  }
}
