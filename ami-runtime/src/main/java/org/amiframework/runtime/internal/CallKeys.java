package org.amiframework.runtime.internal;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.message.AmiMessage;

/**
 * Which call an event belongs to, for ordering. The key is a {@code Linkedid}, shared by every
 * channel of a call since Asterisk 13.5:
 *
 * <ol>
 *   <li>the bare {@code Linkedid}, when the event carries the snapshot of its own channel;
 *   <li>else the first prefixed one on the wire ({@code DestLinkedid}, {@code LocalOneLinkedid},
 *       {@code TransfererLinkedid}, {@code OrigTransfererLinkedid}, {@code SpyerLinkedid}, {@code
 *       ParkeeLinkedid}, ...). Events without a channel of their own describe other channels with
 *       prefixed snapshots, and Asterisk writes first the channel the event is about: the dialled
 *       channel of an originate's {@code DialBegin}, the transferring channel of a transfer, the
 *       spying one, the parked one, the {@code ;1} half of a Local pair. Every event of that
 *       channel carries the same value bare, so the event is ordered with the rest of its call
 *       instead of falling to lane 0;
 *   <li>else the bare {@code Uniqueid} (servers older than 13.5, {@code OriginateResponse});
 *   <li>else the bare {@code Channel} ({@code Cdr}, {@code ChannelHungup}).
 * </ol>
 *
 * Events of one call key are handled one after another in arrival order; an event without any of
 * them (device states, queue and bridge events without a channel) has no key and goes to the fixed
 * lane 0.
 */
final class CallKeys {

  private static final String LINKEDID = "Linkedid";

  private CallKeys() {}

  /** The call key, or null when the event names no call. */
  static String of(AmiEvent event) {
    AmiMessage m = event.message();
    int prefixed = -1;
    for (int i = 0, n = m.size(); i < n; i++) {
      String name = m.name(i);
      int prefix = name.length() - LINKEDID.length();
      if (prefix >= 0 && name.regionMatches(true, prefix, LINKEDID, 0, LINKEDID.length())) {
        if (prefix == 0) {
          String bare = m.value(i);
          if (!bare.isEmpty()) {
            return bare;
          }
        } else if (prefixed < 0 && !m.value(i).isEmpty()) {
          prefixed = i;
        }
      }
    }
    if (prefixed >= 0) {
      return m.value(prefixed);
    }
    String key = m.get("Uniqueid");
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
