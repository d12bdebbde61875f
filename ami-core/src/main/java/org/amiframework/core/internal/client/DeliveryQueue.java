package org.amiframework.core.internal.client;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.core.internal.client.EventDispatcher.Offer;
import org.amiframework.core.message.AmiMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded queue between the reading thread (one producer) and the delivery thread (one
 * consumer): events, which the {@link OverflowPolicy} may drop, and other items, which are never
 * dropped and do not count against the capacity.
 *
 * <p>The consumer takes everything queued in one lock acquisition, into a batch, and the producer
 * signals only when the consumer waits, and the reading thread at most once per socket read: a lock
 * and a wake-up per event were the hand-off's cost. The items of a batch stay queued until the
 * consumer claims each one (an atomic swap of its slot), so the policy sees them as before: {@link
 * OverflowPolicy#DROP_OLDEST} drops the oldest unclaimed event even when it is in the batch, and
 * the counts are exact.
 */
final class DeliveryQueue {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
  private static final int INITIAL_BATCH = 64;

  /** A batch array grown past this by a burst is given back when a small batch follows. */
  private static final int SHRINK_BATCH_ABOVE = 4096;

  private final String clientName;
  private final int capacity;
  private final OverflowPolicy policy;
  private final ClientCounters counters;
  private final Runnable startConsumer;
  private final RateLimitedLog overflowLog = new RateLimitedLog(LOG, Duration.ofSeconds(10));
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();

  /** Events queued or in the batch, not yet claimed; changed under the lock or by a claim. */
  private final AtomicInteger queuedEvents = new AtomicInteger();

  // Guarded by the lock, except the batch's slots, which are claimed by atomic swaps.
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private Object[] batch = new Object[INITIAL_BATCH];
  private int batchEnd;

  /** No slot of the batch before this holds an unclaimed event. */
  private int dropFrom;

  private boolean consumerWaiting;
  private boolean started;
  private boolean stopped;

  /**
   * @param startConsumer starts the consumer thread; called once, at the first item
   */
  DeliveryQueue(
      String clientName,
      int capacity,
      OverflowPolicy policy,
      ClientCounters counters,
      Runnable startConsumer) {
    this.clientName = clientName;
    this.capacity = capacity;
    this.policy = policy;
    this.counters = counters;
    this.startConsumer = startConsumer;
  }

  /**
   * Queues an event, or applies the overflow policy; never blocks beyond a short lock.
   *
   * @param wake whether to wake a waiting consumer now; if not, {@link #wake} must follow
   */
  Offer offer(AmiMessage event, boolean wake) {
    Offer outcome = Offer.QUEUED;
    boolean overflowed;
    lock.lock();
    try {
      if (stopped) {
        counters.eventsDropped.increment();
        return Offer.DROPPED;
      }
      overflowed = queuedEvents.get() >= capacity;
      if (overflowed) {
        outcome = overflow();
      }
      if (outcome == Offer.QUEUED) {
        queuedEvents.incrementAndGet();
        enqueue(event, wake);
      }
    } finally {
      lock.unlock();
    }
    if (overflowed) {
      overflowLog.warn(
          "Event queue of client '{}' is full ({} events): listeners are slower than the"
              + " server; policy {}, {} events dropped so far",
          clientName,
          capacity,
          policy,
          counters.eventsDropped());
    }
    return outcome;
  }

  /**
   * Queues an item that is never dropped, unless the queue is stopped; with {@code last}, nothing
   * is queued after it.
   */
  void add(Object item, boolean last) {
    lock.lock();
    try {
      if (!stopped) {
        enqueue(item, true);
        stopped = last;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Events not yet claimed by the consumer. */
  int queuedEvents() {
    return queuedEvents.get();
  }

  /**
   * For the consumer: waits for items, then takes all of them as the next batch, whose slots it
   * then claims in order with {@link #claim}.
   *
   * @return the number of slots in the batch
   */
  int nextBatch() throws InterruptedException {
    lock.lock();
    try {
      while (queue.isEmpty()) {
        consumerWaiting = true;
        notEmpty.await();
      }
      consumerWaiting = false;
      int n = queue.size();
      if (batch.length < n || (batch.length > SHRINK_BATCH_ABOVE && n <= INITIAL_BATCH)) {
        batch = new Object[Math.max(n, INITIAL_BATCH)];
      }
      for (int i = 0; i < n; i++) {
        batch[i] = queue.pollFirst();
      }
      batchEnd = n;
      dropFrom = 0;
      return n;
    } finally {
      lock.unlock();
    }
  }

  /** For the consumer: the item of slot {@code i} of the batch, or null if it was dropped. */
  Object claim(int i) {
    Object item = SLOT.getAndSet(batch, i, null);
    if (item instanceof AmiMessage) {
      queuedEvents.decrementAndGet();
    }
    return item;
  }

  /** Wakes the consumer if it waits for items queued without waking it. */
  void wake() {
    lock.lock();
    try {
      if (consumerWaiting && !queue.isEmpty()) {
        consumerWaiting = false;
        notEmpty.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  private void enqueue(Object item, boolean wake) {
    if (!started) {
      started = true;
      startConsumer.run();
    }
    queue.addLast(item);
    if (wake && consumerWaiting) {
      consumerWaiting = false;
      notEmpty.signal();
    }
  }

  private Offer overflow() {
    switch (policy) {
      case DROP_OLDEST:
        if (dropOldest()) {
          counters.eventsDropped.increment();
          queuedEvents.decrementAndGet();
        }
        return Offer.QUEUED;
      case DROP_NEWEST:
        counters.eventsDropped.increment();
        return Offer.DROPPED;
      default:
        int cleared = clearEvents();
        queuedEvents.addAndGet(-cleared);
        counters.eventsDropped.add(cleared + 1L);
        return Offer.RECONNECT;
    }
  }

  /** Drops the oldest unclaimed event, in the batch or else in the queue; false if none is left. */
  private boolean dropOldest() {
    for (int i = dropFrom; i < batchEnd; i++) {
      Object item = SLOT.getVolatile(batch, i);
      if (item instanceof AmiMessage && SLOT.compareAndSet(batch, i, item, null)) {
        dropFrom = i + 1;
        return true;
      }
    }
    dropFrom = batchEnd;
    for (Iterator<Object> it = queue.iterator(); it.hasNext(); ) {
      if (it.next() instanceof AmiMessage) {
        it.remove();
        return true;
      }
    }
    return false;
  }

  /** Drops every unclaimed event; returns how many. */
  private int clearEvents() {
    int cleared = 0;
    for (int i = dropFrom; i < batchEnd; i++) {
      Object item = SLOT.getVolatile(batch, i);
      if (item instanceof AmiMessage && SLOT.compareAndSet(batch, i, item, null)) {
        cleared++;
      }
    }
    dropFrom = batchEnd;
    int before = queue.size();
    queue.removeIf(item -> item instanceof AmiMessage);
    return cleared + before - queue.size();
  }
}
