package org.amiframework.benchmarks;

import java.util.concurrent.atomic.LongAdder;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;

/**
 * The soak's catch-all handler: every event, typed or not, is counted and its latency (server send
 * to handler entry, {@link BulkStreamServer#SENT_NANOS}) recorded into the window it was sent in.
 * Runs on every lane at once.
 */
@AmiHandler
public class SoakTrafficHandler {

  private final LongAdder handled = new LongAdder();
  private volatile LatencyWindows windows;

  @OnEvent
  void on(AmiEvent event) {
    long now = System.nanoTime();
    String sent = event.message().get(BulkStreamServer.SENT_NANOS);
    if (sent != null) { // null: the FullyBooted of the login
      handled.increment();
      LatencyWindows into = windows;
      if (into != null) {
        into.record(Long.parseLong(sent), now);
      }
    }
  }

  /** Records latencies into these windows from now on. */
  void recordInto(LatencyWindows windows) {
    this.windows = windows;
  }

  /** Stamped events handled so far. */
  long handled() {
    return handled.sum();
  }
}
