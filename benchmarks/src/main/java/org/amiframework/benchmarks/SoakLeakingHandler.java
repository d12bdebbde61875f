package org.amiframework.benchmarks;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;

/**
 * A deliberate leak, for the soak's self-check only ({@code -Dsoak.leak=true}): the classic bug of
 * a call table that remembers every call that ended and never forgets it. Each call adds one {@code
 * Linkedid} (about 100 bytes with its set entry); at 20,000 events/s of the capture that is about
 * 540 calls, some 3 MB, a minute. A soak that passes with this handler in cannot tell a leak.
 */
@AmiHandler
public class SoakLeakingHandler {

  private final Set<String> endedCalls = ConcurrentHashMap.newKeySet();

  @OnEvent
  void callEnded(Hangup hangup) {
    endedCalls.add(hangup.linkedid());
  }
}
