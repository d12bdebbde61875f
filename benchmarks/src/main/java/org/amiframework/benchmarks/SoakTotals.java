package org.amiframework.benchmarks;

import java.util.List;

/**
 * A soak run's counters at its end, once the events sent have been handled (or the wait for them
 * ran out).
 *
 * @param sent events the server sent
 * @param handled of those, events the catch-all handler received
 * @param clientDropped events the client's overflow policy dropped
 * @param frameErrors stream errors of the client's frame reader
 * @param runtimeDiscarded events the runtime did not dispatch
 * @param handlerFailures handler calls that threw
 * @param late latencies not recorded: arrived after their window was read, or beyond its capacity
 * @param handlers what each typed handler received against what the stream sent it
 */
record SoakTotals(
    long sent,
    long handled,
    long clientDropped,
    long frameErrors,
    long runtimeDiscarded,
    long handlerFailures,
    long late,
    List<Received> handlers) {

  /** What one handler received ({@code actual}) and should have ({@code expected}). */
  record Received(String handler, long expected, long actual) {}
}
