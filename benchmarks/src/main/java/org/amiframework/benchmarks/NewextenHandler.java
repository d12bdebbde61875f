package org.amiframework.benchmarks;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.openjdk.jmh.annotations.CompilerControl;

/**
 * The handler whose event is dispatched in {@link DispatchBenchmark}: it counts the {@code
 * Newexten} events it receives, so a run proves every event was delivered, and nothing more.
 */
@AmiHandler
public class NewextenHandler {

  // Written by the single lane thread; read after a flush, which orders the writes before it.
  private long received;

  // Not inlined, so the direct-call baseline makes a real call per event instead of folding the
  // loop into one addition.
  @OnEvent("Newexten")
  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  void on(AmiEvent event) {
    received++;
  }

  long received() {
    return received;
  }

  void reset() {
    received = 0;
  }
}
