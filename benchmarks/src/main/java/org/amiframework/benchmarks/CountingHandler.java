package org.amiframework.benchmarks;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;

/**
 * The no-op handler of the end-to-end throughput benchmark: receives every event and only counts
 * it, so the benchmark knows when a whole replay has been handled.
 */
@AmiHandler
public class CountingHandler {

  private final Arrivals arrivals = new Arrivals();

  @OnEvent
  void on(AmiEvent event) {
    // The FullyBooted Asterisk sends at login is not part of the replayed stream.
    if (!"FullyBooted".equals(event.name())) {
      arrivals.arrived();
    }
  }

  Arrivals arrivals() {
    return arrivals;
  }
}
