package org.amiframework.benchmarks;

/**
 * What a soak run measured at the end of one window.
 *
 * @param second seconds from the start of the run to the end of the window
 * @param memory the JVM, read after a full collection
 * @param flow the events, read before it
 * @param latency the events sent in this window, null when none arrived
 * @param load the 1-minute load average of the machine
 */
record SoakSample(long second, Memory memory, Flow flow, Latency latency, double load) {

  /**
   * @param heapAfterGc bytes of heap in use right after {@code System.gc()}: what is still
   *     reachable
   * @param nonHeap bytes of non-heap memory in use (metaspace, code cache)
   * @param gcMillis how long that collection took
   * @param threads live threads
   */
  record Memory(long heapAfterGc, long nonHeap, long gcMillis, int threads) {}

  /**
   * @param sent events the server has sent
   * @param handled of those, events the catch-all handler has received
   * @param clientQueued events in the client's queue, between its reader and its delivery thread
   * @param lanesQueued events in the runtime's lanes, all lanes together
   * @param lost events dropped by the client, discarded by the runtime, stream errors and handler
   *     failures, since the start
   * @param channelsUp the handlers' table of channels up
   */
  record Flow(
      long sent, long handled, int clientQueued, int lanesQueued, long lost, int channelsUp) {

    /** Events sent and not handled yet. */
    long backlog() {
      return sent - handled;
    }
  }

  /** Latency percentiles in nanoseconds, over {@code count} events. */
  record Latency(int count, long p50, long p99, long p999, long max) {

    /** The percentiles of a window, null for none. */
    static Latency of(Percentiles p) {
      return p == null ? null : new Latency(p.count(), p.at(50), p.at(99), p.at(99.9), p.max());
    }
  }
}
