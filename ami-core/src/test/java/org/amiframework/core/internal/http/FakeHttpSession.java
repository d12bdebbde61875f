package org.amiframework.core.internal.http;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * One manager session of {@link FakeHttpAsterisk}, as Asterisk keeps it for HTTP: who logged in,
 * the MD5 challenge, and the events queued for the next {@code WaitEvent}. A new {@code WaitEvent}
 * kicks out the one waiting (it returns with no output), as {@code action_waitevent_http()} does.
 */
final class FakeHttpSession {

  final int id;
  String user;
  String challenge;
  boolean eventsOn = true;
  long lastNonceCount;
  private final List<AmiMessage> queued = new ArrayList<>();
  private Object waiter;
  private boolean gone;

  FakeHttpSession(int id) {
    this.id = id;
  }

  boolean authenticated() {
    return user != null;
  }

  /** Queues an event for the next WaitEvent and wakes the one waiting. */
  synchronized void queue(AmiMessage event) {
    if (eventsOn && authenticated()) {
      queued.add(event);
      notifyAll();
    }
  }

  /** The session was destroyed (Logoff, expiry): a waiting WaitEvent returns empty. */
  synchronized void destroy() {
    gone = true;
    notifyAll();
  }

  /**
   * Waits up to {@code millis} for events and takes them; null when a newer WaitEvent or the end of
   * the session kicked this one out.
   */
  synchronized List<AmiMessage> await(long millis) throws InterruptedException {
    Object me = new Object();
    waiter = me;
    notifyAll();
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (queued.isEmpty() && waiter == me && !gone) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        break;
      }
      wait(left);
    }
    if (waiter != me || gone) {
      return null;
    }
    waiter = null;
    List<AmiMessage> taken = new ArrayList<>(queued);
    queued.clear();
    return taken;
  }
}
