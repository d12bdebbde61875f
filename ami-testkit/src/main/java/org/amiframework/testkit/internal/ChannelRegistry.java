package org.amiframework.testkit.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.message.AmiMessage;

/**
 * The channels the fake believes exist, learned from the events a test emits: {@code Newchannel}
 * adds one, channel events update its snapshot, {@code Newexten} its application, {@code
 * BridgeEnter} and {@code BridgeLeave} its bridge, {@code VarSet} its variables, {@code Rename}
 * renames it and {@code Hangup} removes it. The fake simulates no calls itself; this only lets
 * Status, CoreShowChannels, Hangup, Redirect, Getvar and Setvar answer consistently with what the
 * test has shown the client.
 */
final class ChannelRegistry {

  private static final Set<String> UPDATES =
      Set.of("Newstate", "NewCallerid", "NewConnectedLine", "Newexten", "NewAccountCode");

  /**
   * One channel: its latest snapshot, its variables, the dialplan application it runs and its data
   * (empty before any {@code Newexten}), the bridge it is in (empty when none) and when the fake
   * learned of it ({@link System#nanoTime()}), for the {@code Duration} of CoreShowChannel and the
   * {@code Seconds} of Status.
   */
  record Channel(
      AmiMessage snapshot,
      Map<String, String> variables,
      String application,
      String applicationData,
      String bridgeId,
      long createdNanos) {

    String name() {
      return snapshot.get("Channel");
    }

    Channel withSnapshot(AmiMessage newSnapshot) {
      return new Channel(
          newSnapshot, variables, application, applicationData, bridgeId, createdNanos);
    }

    Channel withApplication(String app, String data) {
      return new Channel(snapshot, variables, app, data, bridgeId, createdNanos);
    }

    Channel withBridge(String bridge) {
      return new Channel(snapshot, variables, application, applicationData, bridge, createdNanos);
    }

    /** Whole seconds since the channel appeared (the {@code Seconds} of a Status item). */
    long seconds() {
      return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - createdNanos);
    }

    /** Time since the channel appeared, as Asterisk writes it: {@code HH:MM:SS}. */
    String duration() {
      long seconds = seconds();
      return String.format(
          Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
    }
  }

  private static final AtomicLong UNIQUEIDS = new AtomicLong();

  private final Map<String, Channel> channels = new ConcurrentHashMap<>();

  /** Learns from an event that was emitted. */
  void observe(AmiMessage event) {
    String name = event.eventName();
    String channel = event.get("Channel");
    if (name == null || channel == null) {
      return;
    }
    if (name.equals("Newchannel")) {
      channels.put(
          channel,
          new Channel(
              snapshotOf(event, newChannelDefaults()),
              new ConcurrentHashMap<>(),
              "",
              "",
              "",
              System.nanoTime()));
      return;
    }
    Channel known = channels.get(channel);
    if (known == null) {
      return;
    }
    if (name.equals("Hangup")) {
      channels.remove(channel);
    } else if (UPDATES.contains(name)) {
      known = known.withSnapshot(snapshotOf(event, known.snapshot()));
      if (name.equals("Newexten")) {
        known = known.withApplication(orEmpty(event, "Application"), orEmpty(event, "AppData"));
      }
      channels.put(channel, known);
    } else if (name.equals("BridgeEnter") || name.equals("BridgeLeave")) {
      String bridge = name.equals("BridgeEnter") ? orEmpty(event, "BridgeUniqueid") : "";
      channels.put(
          channel, known.withSnapshot(snapshotOf(event, known.snapshot())).withBridge(bridge));
    } else if (name.equals("VarSet") && event.has("Variable")) {
      known.variables().put(event.get("Variable"), orEmpty(event, "Value"));
    } else if (name.equals("Rename") && event.has("Newname")) {
      channels.remove(channel);
      AmiMessage renamed =
          known.snapshot().toBuilder().set("Channel", event.get("Newname")).build();
      channels.put(event.get("Newname"), known.withSnapshot(renamed));
    }
  }

  private static String orEmpty(AmiMessage event, String header) {
    String value = event.get(header);
    return value == null ? "" : value;
  }

  /**
   * What a channel the test announced with a sparse Newchannel is taken to be, so that Status and
   * CoreShowChannels still write every snapshot header, as Asterisk always does: down, no caller ID
   * (Asterisk's {@code <unknown>}), at {@code s@default} priority 1, a call of its own.
   */
  private static AmiMessage newChannelDefaults() {
    String uniqueid = Instant.now().getEpochSecond() + "." + UNIQUEIDS.incrementAndGet();
    return AmiMessage.of(
        "ChannelState", "0",
        "ChannelStateDesc", "Down",
        "CallerIDNum", "<unknown>",
        "CallerIDName", "<unknown>",
        "ConnectedLineNum", "<unknown>",
        "ConnectedLineName", "<unknown>",
        "Language", "en",
        "AccountCode", "",
        "Context", "default",
        "Exten", "s",
        "Priority", "1",
        "Uniqueid", uniqueid,
        "Linkedid", uniqueid);
  }

  /**
   * The snapshot headers of {@code event}, in wire order; those it lacks keep their value in {@code
   * before}, so that a test may emit only what changed.
   */
  private static AmiMessage snapshotOf(AmiMessage event, AmiMessage before) {
    AmiMessage.Builder b = AmiMessage.builder();
    for (String header : ChannelSnapshot.HEADERS) {
      String value = event.has(header) ? event.get(header) : before.get(header);
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
