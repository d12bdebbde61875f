package org.amiframework.benchmarks;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;

/**
 * The handler of the end-to-end latency benchmark: on entry it reads the clock and records it
 * against the send time the server stamped into the event ({@link BulkStreamServer#SENT_NANOS}).
 */
@AmiHandler
public class LatencyHandler {

  private final LatencyRecorder recorder = new LatencyRecorder();

  @OnEvent
  void on(AmiEvent event) {
    long now = System.nanoTime();
    String sent = event.message().get(BulkStreamServer.SENT_NANOS);
    if (sent != null) { // null: the FullyBooted of the login
      recorder.record(Long.parseLong(sent), now);
    }
  }

  LatencyRecorder recorder() {
    return recorder;
  }
}
