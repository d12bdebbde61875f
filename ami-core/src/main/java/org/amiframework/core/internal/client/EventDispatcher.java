package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.core.client.Subscription;
import org.amiframework.core.message.AmiMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events and connection notices to listeners on one delivery thread, in arrival order,
 * through a bounded queue. The reading thread only enqueues: it never waits for a listener, so a
 * slow listener costs events (by the configured {@link OverflowPolicy}, counted and logged), never
 * the connection to Asterisk, which drops a client whose socket stays full for 100 ms.
 *
 * <p>Connection notices are never dropped and do not count against the capacity. Events are decoded
 * with the bindings here, on the delivery thread, to keep the reading thread lean.
 */
final class EventDispatcher {

  /** What became of an offered event. */
  enum Offer {
    /** Queued (possibly after dropping the oldest one). */
    QUEUED,
    /** Dropped by the overflow policy. */
    DROPPED,
    /** The queue overflowed under {@link OverflowPolicy#RECONNECT}: it was cleared. */
    RECONNECT
  }

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final Object STOP = new Object();

  private final String clientName;
  private final Bindings bindings;
  private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
  private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
  private final RateLimitedLog listenerLog = new RateLimitedLog(LOG, Duration.ofSeconds(10));
  private final DeliveryQueue queue;

  EventDispatcher(
      String clientName,
      int capacity,
      OverflowPolicy policy,
      Bindings bindings,
      ClientCounters counters) {
    this.clientName = clientName;
    this.bindings = bindings;
    this.queue = new DeliveryQueue(clientName, capacity, policy, counters, this::startThread);
    counters.queueLength(queue::queuedEvents);
  }

  Subscription subscribe(EventListener listener) {
    return register(listeners, listener);
  }

  Subscription addConnectionListener(ConnectionListener listener) {
    return register(connectionListeners, listener);
  }

  /** Enqueues an event; never blocks beyond a short lock. */
  Offer offer(AmiMessage event) {
    return queue.offer(event, true);
  }

  /**
   * Enqueues an event from a reading thread that calls {@link #endOfRead} once it has handled the
   * rest of its read: the delivery thread then wakes once per read, not once per event.
   */
  Offer offerFromRead(AmiMessage event) {
    return queue.offer(event, false);
  }

  /** The reading thread has handled one read: wakes the delivery thread for what it queued. */
  void endOfRead() {
    queue.wake();
  }

  /** Enqueues a call to every connection listener; it is never dropped. */
  void announce(Consumer<ConnectionListener> call) {
    queue.add(new Notice(call), false);
  }

  /** Delivers what is queued, then ends the delivery thread; later offers are dropped. */
  void stop() {
    queue.add(STOP, true);
  }

  /** Events waiting for delivery. */
  int queuedEvents() {
    return queue.queuedEvents();
  }

  private void startThread() {
    ClientThreads.daemon(clientName, "events", this::deliverLoop).start();
  }

  private void deliverLoop() {
    try {
      while (true) {
        boolean delivered = false;
        for (int i = 0, n = queue.nextBatch(); i < n; i++) {
          Object item = queue.claim(i);
          if (item == STOP) {
            endBatch(delivered);
            return;
          }
          if (item instanceof AmiMessage message) {
            deliver(decode(message));
            delivered = true;
          } else if (item instanceof Notice notice) {
            // Events before a notice are handed on before the notice, as they were delivered.
            delivered = endBatch(delivered);
            for (ConnectionListener listener : connectionListeners) {
              guard(() -> notice.call().accept(listener), listener, "a connection notice");
            }
          } // null: dropped by the overflow policy
        }
        endBatch(delivered);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Tells every listener that the events delivered together are over, if there were any. */
  private boolean endBatch(boolean delivered) {
    if (delivered) {
      for (EventListener listener : listeners) {
        guard(listener::onBatchEnd, listener, "the end of a batch");
      }
    }
    return false;
  }

  private AmiEvent decode(AmiMessage message) {
    try {
      return bindings.decodeEvent(message);
    } catch (RuntimeException e) {
      listenerLog.warn("Bindings failed to decode {}; delivered untyped", message.eventName(), e);
      return new GenericEvent(message);
    }
  }

  private void deliver(AmiEvent event) {
    for (EventListener listener : listeners) {
      guard(() -> listener.onEvent(event), listener, event.name());
    }
  }

  /** Runs listener code; what it throws is logged and the other listeners go on. */
  private void guard(Runnable call, Object listener, String what) {
    try {
      call.run();
    } catch (RuntimeException | LinkageError | AssertionError e) {
      listenerLog.warn("Listener {} failed on {}", listener, what, e);
    }
  }

  /** A connection lifecycle change, to be told to every connection listener. */
  private record Notice(Consumer<ConnectionListener> call) {}

  private static <T> Subscription register(List<T> list, T listener) {
    if (listener == null) {
      throw new NullPointerException("listener");
    }
    list.add(listener);
    return () -> list.remove(listener);
  }
}
