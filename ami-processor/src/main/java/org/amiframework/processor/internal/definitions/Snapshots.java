package org.amiframework.processor.internal.definitions;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * The parameters that {@code <channel_snapshot prefix="P"/>} and {@code <bridge_snapshot/>} stand
 * for, as Asterisk's {@code appdocsxml.xslt} (13+) expands them. {@code Tenantid} and {@code
 * ChanVariable} are left out as the XSLT does: they are dynamic.
 */
public final class Snapshots {

  private record Field(String name, ValueType type, List<String> values, String description) {}

  private static final List<Field> CHANNEL =
      List.of(
          field("Channel", "The name of the channel."),
          new Field("ChannelState", ValueType.INT, List.of(), "A numeric code for the state."),
          new Field(
              "ChannelStateDesc",
              ValueType.ENUM,
              List.of(
                  "Down",
                  "Rsrvd",
                  "OffHook",
                  "Dialing",
                  "Ring",
                  "Ringing",
                  "Up",
                  "Busy",
                  "Dialing Offhook",
                  "Pre-ring",
                  "Unknown"),
              "A description of the state."),
          field("CallerIDNum", "The Caller ID number."),
          field("CallerIDName", "The Caller ID name."),
          field("ConnectedLineNum", "The Connected Line number."),
          field("ConnectedLineName", "The Connected Line name."),
          field("Language", "The channel's language."),
          field("AccountCode", "The channel's account code."),
          field("Context", "The dialplan context."),
          field("Exten", "The dialplan extension."),
          field("Priority", "The dialplan priority."),
          field("Uniqueid", "The unique ID of the channel."),
          field("Linkedid", "The linked ID of the channel."));

  private static final List<Field> BRIDGE =
      List.of(
          field("BridgeUniqueid", "The unique ID of the bridge."),
          field("BridgeType", "The type of bridge."),
          field("BridgeTechnology", "Technology in use by the bridge."),
          field("BridgeCreator", "Entity that created the bridge if applicable."),
          field("BridgeName", "Name used to refer to the bridge by its BridgeCreator."),
          new Field(
              "BridgeNumChannels", ValueType.INT, List.of(), "Number of channels in the bridge."),
          new Field(
              "BridgeVideoSourceMode",
              ValueType.ENUM,
              List.of("none", "talker", "single"),
              "The video source mode for the bridge."),
          field("BridgeVideoSource", "The unique ID of the channel that is the video source."));

  private Snapshots() {}

  /** The parameters of {@code <channel_snapshot prefix="prefix"/>}. */
  public static List<ParameterDefinition> channel(String prefix, SourceLocation location) {
    return expand(CHANNEL, prefix, location);
  }

  /** The parameters of {@code <bridge_snapshot prefix="prefix"/>}. */
  public static List<ParameterDefinition> bridge(String prefix, SourceLocation location) {
    return expand(BRIDGE, prefix, location);
  }

  private static Field field(String name, String description) {
    return new Field(name, null, List.of(), description);
  }

  private static List<ParameterDefinition> expand(
      List<Field> fields, String prefix, SourceLocation location) {
    String p = prefix == null ? "" : prefix;
    List<ParameterDefinition> out = new ArrayList<>(fields.size());
    for (Field f : fields) {
      String name = p + f.name();
      out.add(
          new ParameterDefinition(
              name,
              f.name(),
              false,
              null,
              f.values().stream().map(EnumValue::of).toList(),
              f.description(),
              f.type(),
              location.describing("<parameter name=\"" + name + "\"> (snapshot)")));
    }
    return out;
  }
}
