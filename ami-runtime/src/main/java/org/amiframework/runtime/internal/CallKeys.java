package org.amiframework.runtime.internal;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;

/**
 * Which call an event belongs to, for ordering: its {@code Linkedid} (shared by every channel of a
 * call since Asterisk 13.5), else its {@code Uniqueid}, else its {@code Channel}. Events of one
 * call key are handled one after another in arrival order; an event without any of them has no key
 * and goes to the fixed lane 0.
 */
final class CallKeys {

  private CallKeys() {}

  /** The call key, or null when the event names no call. */
  static String of(AmiEvent event) {
    AmiMessage m = event.message();
    String key = m.get("Linkedid");
    if (key == null || key.isEmpty()) {
      key = m.get("Uniqueid");
    }
    if (key == null || key.isEmpty()) {
      key = m.get("Channel");
    }
    return key == null || key.isEmpty() ? null : key;
  }

  /** The lane of a call key of a server; lane 0 for events without key. */
  static int laneOf(int server, String key, int lanes) {
    if (key == null) {
      return 0;
    }
    int h = key.hashCode() * 31 + server;
    return Math.floorMod(h ^ (h >>> 16), lanes);
  }
}
