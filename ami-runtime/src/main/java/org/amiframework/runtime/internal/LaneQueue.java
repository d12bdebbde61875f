package org.amiframework.runtime.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue of a {@link Lane}: many producers, the lane as its one consumer. Unlike {@link
 * java.util.concurrent.ArrayBlockingQueue}, it takes a whole run of deliveries under one lock with
 * at most one wake-up of the lane, which is what makes handing events on in runs cheap.
 */
final class LaneQueue {

  private final Delivery[] items;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private int head;
  private int count;

  LaneQueue(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("lane capacity must be at least 1, not " + capacity);
    }
    this.items = new Delivery[capacity];
  }

  /** Adds the delivery if there is room now; false if the queue is full. */
  boolean offer(Delivery d) {
    lock.lock();
    try {
      return add(d, null, 0, 1) == 1;
    } finally {
      lock.unlock();
    }
  }

  /** Adds the delivery, waiting up to {@code timeout} for room; false if the queue stayed full. */
  boolean offer(Delivery d, long timeout, TimeUnit unit) throws InterruptedException {
    return offer(d, null, 0, 1, timeout, unit) == 1;
  }

  /**
   * Adds the deliveries {@code run[from, from + n)}, in order, as far as there is room now.
   *
   * @return how many were added (the first ones)
   */
  int offer(Delivery[] run, int from, int n) {
    lock.lock();
    try {
      return add(null, run, from, n);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Like {@link #offer(Delivery[], int, int)}, but first waits up to {@code timeout} for room when
   * the queue is full.
   */
  int offer(Delivery[] run, int from, int n, long timeout, TimeUnit unit)
      throws InterruptedException {
    return offer(null, run, from, n, timeout, unit);
  }

  /** {@code one} alone when {@code run} is null, else the run: one lane entry needs no array. */
  private int offer(Delivery one, Delivery[] run, int from, int n, long timeout, TimeUnit unit)
      throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (count == items.length && nanos > 0) {
        nanos = notFull.awaitNanos(nanos);
      }
      return add(one, run, from, n);
    } finally {
      lock.unlock();
    }
  }

  private int add(Delivery one, Delivery[] run, int from, int n) {
    int added = Math.min(n, items.length - count);
    if (added == 0) {
      return 0;
    }
    boolean wasEmpty = count == 0;
    for (int i = 0; i < added; i++) {
      items[(head + count + i) % items.length] = run == null ? one : run[from + i];
    }
    count += added;
    if (wasEmpty) { // the lane waits only on an empty queue: one signal for the whole run
      notEmpty.signal();
    }
    return added;
  }

  /**
   * For the lane: waits until something is queued, then moves up to {@code max} into {@code to}.
   */
  void takeBatch(List<Delivery> to, int max) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (count == 0) {
        notEmpty.await();
      }
      moveTo(to, max);
    } finally {
      lock.unlock();
    }
  }

  /** Moves everything queued into {@code to}. */
  void drainTo(List<Delivery> to) {
    lock.lock();
    try {
      moveTo(to, count);
    } finally {
      lock.unlock();
    }
  }

  private void moveTo(List<Delivery> to, int max) {
    boolean wasFull = count == items.length;
    int n = Math.min(max, count);
    for (int i = 0; i < n; i++) {
      to.add(items[head]);
      items[head] = null;
      head = (head + 1) % items.length;
    }
    count -= n;
    if (wasFull && n > 0) { // producers wait only on a full queue
      notFull.signalAll();
    }
  }

  int size() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }
}
