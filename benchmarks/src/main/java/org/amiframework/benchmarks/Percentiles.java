package org.amiframework.benchmarks;

import java.util.Arrays;

/** Percentiles of recorded values, by sorting them: exact, and cheap enough outside a hot loop. */
final class Percentiles {

  private final long[] sorted;

  /** Takes the first {@code count} values of {@code values} (the array is not changed). */
  Percentiles(long[] values, int count) {
    if (count == 0) {
      throw new IllegalArgumentException("no values recorded");
    }
    sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
  }

  /** The value at or below which {@code p} percent of the values lie (nearest rank). */
  long at(double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  long max() {
    return sorted[sorted.length - 1];
  }

  int count() {
    return sorted.length;
  }
}
