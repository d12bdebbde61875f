package org.amiframework.testkit.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.message.AmiMessage;

/**
 * The channels the fake believes exist, learned from the events a test emits: {@code Newchannel}
 * adds one, channel events update its snapshot, {@code VarSet} its variables, {@code Rename}
 * renames it and {@code Hangup} removes it. The fake simulates no calls itself; this only lets
 * Status, CoreShowChannels, Hangup, Redirect, Getvar and Setvar answer consistently with what the
 * test has shown the client.
 */
final class ChannelRegistry {

  private static final Set<String> UPDATES =
      Set.of("Newstate", "NewCallerid", "NewConnectedLine", "Newexten", "NewAccountCode");

  /** One channel: its latest snapshot and its variables. */
  record Channel(AmiMessage snapshot, Map<String, String> variables) {
    String name() {
      return snapshot.get("Channel");
    }
  }

  private final Map<String, Channel> channels = new ConcurrentHashMap<>();

  /** Learns from an event that was emitted. */
  void observe(AmiMessage event) {
    String name = event.eventName();
    String channel = event.get("Channel");
    if (name == null || channel == null) {
      return;
    }
    Channel known = channels.get(channel);
    if (name.equals("Newchannel")) {
      channels.put(channel, new Channel(snapshotOf(event), new ConcurrentHashMap<>()));
    } else if (name.equals("Hangup")) {
      channels.remove(channel);
    } else if (known != null && UPDATES.contains(name)) {
      channels.put(channel, new Channel(snapshotOf(event), known.variables()));
    } else if (known != null && name.equals("VarSet") && event.has("Variable")) {
      String value = event.get("Value");
      known.variables().put(event.get("Variable"), value == null ? "" : value);
    } else if (known != null && name.equals("Rename") && event.has("Newname")) {
      channels.remove(channel);
      AmiMessage renamed =
          known.snapshot().toBuilder().set("Channel", event.get("Newname")).build();
      channels.put(event.get("Newname"), new Channel(renamed, known.variables()));
    }
  }

  private static AmiMessage snapshotOf(AmiMessage event) {
    AmiMessage.Builder b = AmiMessage.builder();
    for (String header : ChannelSnapshot.HEADERS) {
      String value = event.get(header);
      if (value != null) {
        b.add(header, value);
      }
    }
    return b.build();
  }

  Channel find(String name) {
    return name == null ? null : channels.get(name);
  }

  /** The channels whose names match a regex ({@code Hangup} with {@code Channel: /regex/}). */
  List<Channel> matching(Pattern pattern) {
    return channels.values().stream().filter(c -> pattern.matcher(c.name()).find()).toList();
  }

  List<Channel> all() {
    return channels.values().stream().sorted(Comparator.comparing(Channel::name)).toList();
  }

  void remove(String name) {
    channels.remove(name);
  }

  int size() {
    return channels.size();
  }
}
