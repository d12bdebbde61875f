package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.amiframework.core.message.AmiMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actions of one connection waiting for their answers, in the order they were written.
 * Responses are matched by ActionID; one without an ActionID (rare: hand-written module code) falls
 * back to the oldest action still waiting for its response, since Asterisk answers the actions of a
 * session one at a time, in order.
 *
 * <p>An action that timed out stays as a tombstone until its late answer arrives, so that the late
 * response and list items are swallowed instead of being taken for another action's or handed to
 * listeners as events. Tombstones are capped.
 */
final class PendingActions {

  private static final Logger LOG = LoggerFactory.getLogger(PendingActions.class);
  private static final int MAX_TOMBSTONES = 1024;

  private final String endpoint;
  private final LongAdder timedOut;
  private final RateLimitedLog unmatched = new RateLimitedLog(LOG, Duration.ofSeconds(10));
  private final LinkedHashMap<String, PendingAction<?>> byId = new LinkedHashMap<>();
  private int tombstones;
  private boolean closed;

  /**
   * {@code byId.size()}, readable without the lock: the reading thread looks at it for every event,
   * and with no action waiting (the usual case) an event needs neither the lock nor a search for
   * its ActionID.
   */
  private volatile int waiting;

  /**
   * Creates the pending actions of one connection.
   *
   * @param endpoint the server, for messages
   * @param timedOut counts the actions that time out (before their futures fail, so a caller that
   *     sees the failure also sees the count)
   */
  PendingActions(String endpoint, LongAdder timedOut) {
    this.endpoint = endpoint;
    this.timedOut = timedOut;
  }

  /** Adds an action about to be written; false when the connection is already gone. */
  synchronized boolean register(PendingAction<?> action) {
    if (closed) {
      return false;
    }
    byId.put(action.actionId(), action);
    waiting = byId.size();
    return true;
  }

  /** Routes a response to its action. */
  void onResponse(AmiMessage response) {
    String actionId = response.actionId();
    synchronized (this) {
      PendingAction<?> action = actionId != null ? byId.get(actionId) : oldestAwaitingResponse();
      if (action != null && action.awaitsResponse()) {
        if (action.onResponse(response)) {
          remove(action);
        }
        return;
      }
    }
    unmatched.warn(
        "Response from {} with ActionID {} matches no action waiting for one; ignored",
        endpoint,
        actionId);
  }

  /** Routes an event that is part of a list answer; false when it is an ordinary event. */
  boolean onEvent(AmiMessage event) {
    if (waiting == 0) {
      return false; // registered before written, so before any event of theirs is read
    }
    String actionId = event.actionId();
    if (actionId == null) {
      return false;
    }
    synchronized (this) {
      PendingAction<?> action = byId.get(actionId);
      if (action == null || !action.awaitsEvents()) {
        return false;
      }
      if (action.onEvent(event)) {
        remove(action);
      }
      return true;
    }
  }

  /** Fails an action whose time is up, keeping it as a tombstone; no-op if it was answered. */
  synchronized void timeOut(PendingAction<?> action, Throwable cause) {
    if (byId.get(action.actionId()) != action || action.abandoned()) {
      return;
    }
    timedOut.increment();
    action.abandon(cause);
    tombstones++;
    if (tombstones > MAX_TOMBSTONES) {
      dropOldestTombstone();
    }
  }

  /** Fails every action: the connection is gone. Later registrations are refused. */
  void failAll(Throwable cause) {
    List<PendingAction<?>> failed;
    synchronized (this) {
      closed = true;
      failed = new ArrayList<>(byId.values());
      byId.clear();
      waiting = 0;
      tombstones = 0;
    }
    for (PendingAction<?> action : failed) {
      action.fail(cause);
    }
  }

  /** Number of actions waiting, tombstones included. */
  synchronized int size() {
    return byId.size();
  }

  private PendingAction<?> oldestAwaitingResponse() {
    for (PendingAction<?> action : byId.values()) {
      if (action.awaitsResponse()) {
        return action;
      }
    }
    return null;
  }

  private void remove(PendingAction<?> action) {
    byId.remove(action.actionId());
    waiting = byId.size();
    if (action.abandoned()) {
      tombstones--;
    }
  }

  private void dropOldestTombstone() {
    for (Iterator<PendingAction<?>> it = byId.values().iterator(); it.hasNext(); ) {
      if (it.next().abandoned()) {
        it.remove();
        waiting = byId.size();
        tombstones--;
        return;
      }
    }
  }
}
