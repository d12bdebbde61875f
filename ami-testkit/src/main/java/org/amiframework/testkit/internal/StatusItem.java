package org.amiframework.testkit.internal;

import java.util.Map;
import java.util.TreeMap;
import org.amiframework.core.message.AmiMessage;

/**
 * One {@code Event: Status} list item as Asterisk 22's {@code generate_status()} writes it: {@code
 * Privilege: Call} (hard-coded text, not the usual class list), the channel snapshot, then the
 * channel's own fields in a fixed order, the requested variables, and the ActionID last (added by
 * {@link Responses#listItem}).
 *
 * <p>The fake knows a channel only from the events a test emitted, so what those cannot tell keeps
 * the value Asterisk writes for an idle Local channel: no DNID, no hangup scheduled, signed linear
 * audio without translation, no call or pickup groups.
 */
final class StatusItem {

  /** What Asterisk prints for a variable that is not set: glibc's rendering of a null string. */
  private static final String UNSET = "(null)";

  private StatusItem() {}

  /**
   * The item for {@code channel}; {@code variables} is the request's comma-separated {@code
   * Variables} header (null or empty for none) and {@code allVariables} its {@code AllVariables},
   * which wins over it, as in Asterisk.
   */
  static AmiMessage of(ChannelRegistry.Channel channel, String variables, boolean allVariables) {
    AmiMessage snapshot = channel.snapshot();
    AmiMessage.Builder b = AmiMessage.builder().add("Event", "Status").add("Privilege", "Call");
    snapshot.headers().forEach(b::add);
    b.add("Type", technology(channel.name()))
        .add("DNID", "")
        // The effective connected line differs only while a private update is pending.
        .add("EffectiveConnectedLineNum", orEmpty(snapshot.get("ConnectedLineNum")))
        .add("EffectiveConnectedLineName", orEmpty(snapshot.get("ConnectedLineName")))
        .add("TimeToHangup", "0")
        .add("BridgeID", channel.bridgeId())
        .add("Application", channel.application())
        .add("Data", channel.applicationData())
        .add("Nativeformats", "(slin)")
        .add("Readformat", "slin")
        .add("Readtrans", "")
        .add("Writeformat", "slin")
        .add("Writetrans", "")
        .add("Callgroup", "0")
        .add("Pickupgroup", "0")
        .add("Seconds", Long.toString(channel.seconds()));
    if (allVariables) {
      // Asterisk lists newest first; the fake keeps no order, so name order keeps it stable.
      new TreeMap<>(channel.variables())
          .forEach((name, value) -> b.add("Variable", name + "=" + value));
    } else if (variables != null && !variables.isEmpty()) {
      Map<String, String> known = channel.variables();
      for (String name : variables.split(",")) {
        String value = known.get(name.trim());
        b.add("Variable", name.trim() + "=" + (value == null ? UNSET : value));
      }
    }
    return b.build();
  }

  /** The channel driver's type, which names the channel up to its slash ({@code PJSIP/100-1}). */
  private static String technology(String channelName) {
    int slash = channelName.indexOf('/');
    return slash < 0 ? channelName : channelName.substring(0, slash);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
