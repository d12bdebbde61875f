package org.amiframework.testkit.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The fake's open sessions, oldest first, and the waits on them: for a session in some state (a
 * test's {@code awaitSession}), and a reader's for a stall to end. Every change of a session's
 * state, and every fault, wakes both.
 */
final class SessionList {

  private final List<ManagerSession> sessions = new CopyOnWriteArrayList<>();
  private final Object stateChange = new Object();

  void add(ManagerSession session) {
    sessions.add(session);
    wake();
  }

  void remove(ManagerSession session) {
    sessions.remove(session);
    wake();
  }

  /** Ends every session. */
  void dropAll() {
    sessions.forEach(ManagerSession::drop);
    sessions.clear();
    wake();
  }

  /** The live list, for iterating without a copy (it is copy-on-write). */
  List<ManagerSession> live() {
    return sessions;
  }

  /** Wakes every wait after a fault or a session's state changed. */
  void wake() {
    synchronized (stateChange) {
      stateChange.notifyAll();
    }
  }

  /** Blocks while {@code stalled} holds and the session is open. */
  void awaitUnstalled(ManagerSession session, BooleanSupplier stalled) throws InterruptedException {
    synchronized (stateChange) {
      while (stalled.getAsBoolean() && session.isOpen()) {
        stateChange.wait(1000);
      }
    }
  }

  /** The newest session that satisfies {@code condition}, waiting for one; null on timeout. */
  ManagerSession await(Predicate<ManagerSession> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (stateChange) {
      while (true) {
        List<ManagerSession> now = List.copyOf(sessions);
        for (int i = now.size() - 1; i >= 0; i--) {
          if (condition.test(now.get(i))) {
            return now.get(i);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(stateChange, left);
      }
    }
  }
}
