package org.amiframework.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies of a long run, by the window of time their events were sent in, in constant memory: a
 * ring of three preallocated windows, each read once ({@link #take}) and then reused for the window
 * three further on. Writers may be any number of threads.
 *
 * <p>A window is read some time after it ends, once its events have arrived; an event arriving
 * after its window was read, or beyond a window's capacity, is not recorded but counted ({@link
 * #late}).
 */
final class LatencyWindows {

  private static final int RING = 3;

  private final long startNanos;
  private final long windowNanos;
  private final Window[] ring = new Window[RING];
  private final LongAdder late = new LongAdder();

  /** Windows of {@code windowNanos} from {@code startNanos}, each for up to {@code capacity}. */
  LatencyWindows(long startNanos, long windowNanos, int capacity) {
    this.startNanos = startNanos;
    this.windowNanos = windowNanos;
    for (int i = 0; i < RING; i++) {
      ring[i] = new Window(i, capacity);
    }
  }

  /** One arrival, both times {@link System#nanoTime()}. */
  void record(long sentNanos, long receivedNanos) {
    long index = Math.floorDiv(sentNanos - startNanos, windowNanos);
    Window window = ring[(int) Math.floorMod(index, RING)];
    if (index < 0 || window.index != index || !window.add(receivedNanos - sentNanos)) {
      late.increment();
    }
  }

  /**
   * The latencies of window {@code index} (0 is the first), null when none arrived; its slot is
   * then reused. Called once per window, in order, after the window's events have arrived.
   */
  Percentiles take(long index) {
    Window window = ring[(int) (index % RING)];
    if (window.index != index) {
      throw new IllegalStateException("window " + index + " is not current: take them in order");
    }
    return window.drain(index + RING);
  }

  /** Arrivals not recorded: after their window was taken, or beyond its capacity. */
  long late() {
    return late.sum();
  }

  private static final class Window {
    private final AtomicLongArray values;
    private final AtomicInteger count = new AtomicInteger();
    private final long[] scratch;
    private volatile long index;

    Window(long index, int capacity) {
      this.index = index;
      this.values = new AtomicLongArray(capacity);
      this.scratch = new long[capacity];
    }

    boolean add(long latency) {
      int i = count.getAndIncrement();
      if (i >= values.length()) {
        return false;
      }
      values.set(i, latency);
      return true;
    }

    Percentiles drain(long nextIndex) {
      int n = Math.min(count.get(), values.length());
      for (int i = 0; i < n; i++) {
        scratch[i] = values.get(i);
      }
      count.set(0);
      index = nextIndex;
      return n == 0 ? null : new Percentiles(scratch, n);
    }
  }
}
