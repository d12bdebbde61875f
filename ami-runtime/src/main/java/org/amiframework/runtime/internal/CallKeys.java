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
  private static final String UNIQUEID = "Uniqueid";
  private static final String CHANNEL = "Channel";

  private CallKeys() {}

  /** The call key, or null when the event names no call. */
  static String of(AmiEvent event) {
    AmiMessage m = event.message();
    int i = keyIndex(m);
    return i < 0 ? null : m.value(i);
  }

  /**
   * The lane of an event of a server: {@code laneOf(server, of(event), lanes)}, without making the
   * key a String (its hash comes from the bytes the message keeps).
   */
  static int laneOf(int server, AmiEvent event, int lanes) {
    AmiMessage m = event.message();
    int i = keyIndex(m);
    return i < 0 ? 0 : spread(m.valueHashCode(i), server, lanes);
  }

  /** The lane of a call key of a server; lane 0 for events without key. */
  static int laneOf(int server, String key, int lanes) {
    return key == null ? 0 : spread(key.hashCode(), server, lanes);
  }

  private static int spread(int keyHash, int server, int lanes) {
    int h = keyHash * 31 + server;
    return Math.floorMod(h ^ (h >>> 16), lanes);
  }

  /**
   * Where the call key is among the message's headers, or -1: one pass over the headers, that reads
   * no value but the lengths.
   */
  private static int keyIndex(AmiMessage m) {
    int prefixed = -1;
    int uniqueid = -1;
    int channel = -1;
    for (int i = 0, n = m.size(); i < n; i++) {
      String name = m.name(i);
      int length = name.length();
      if (length < CHANNEL.length()) {
        continue; // no key header is shorter
      }
      // Most headers end neither in 'd' nor in 'l': one char tells, before any comparison.
      int last = name.charAt(length - 1) | 0x20;
      if (last == 'd') {
        int prefix = length - LINKEDID.length();
        if (prefix >= 0 && isLinkedid(name, prefix)) {
          if (m.valueLength(i) > 0) {
            if (prefix == 0) {
              return i;
            }
            if (prefixed < 0) {
              prefixed = i;
            }
          }
        } else if (uniqueid < 0 && (name.equals(UNIQUEID) || name.equalsIgnoreCase(UNIQUEID))) {
          uniqueid = i;
        }
      } else if (last == 'l' && channel < 0 && name.equalsIgnoreCase(CHANNEL)) {
        channel = i;
      }
    }
    if (prefixed >= 0) {
      return prefixed;
    }
    // The first Uniqueid counts even when empty (then the Channel does), as a lookup by name.
    if (uniqueid >= 0 && m.valueLength(uniqueid) > 0) {
      return uniqueid;
    }
    return channel >= 0 && m.valueLength(channel) > 0 ? channel : -1;
  }

  /**
   * Whether {@code name} ends in {@code Linkedid} from {@code prefix} on, in any case. Asterisk
   * writes it so, which an exact comparison tells faster than one ignoring case.
   */
  private static boolean isLinkedid(String name, int prefix) {
    return (name.charAt(prefix) | 0x20) == 'l'
        && (name.startsWith(LINKEDID, prefix)
            || name.regionMatches(true, prefix, LINKEDID, 0, LINKEDID.length()));
  }
}
