package org.amiframework.testkit.scenario;

import org.amiframework.core.message.AmiMessage;

/**
 * One channel of a call as its snapshot stands: what Asterisk 12+ writes in every channel event, in
 * the order {@code ast_manager_build_channel_state_string_prefix()} writes it.
 */
final class Leg {

  static final int DOWN = 0;
  static final int RING = 4;
  static final int RINGING = 5;
  static final int UP = 6;

  final String channel;
  final String uniqueId;
  final String linkedId;
  int state;
  String callerNum = "";
  String callerName = "";
  String connectedNum = "";
  String connectedName = "";
  String context;
  String exten;
  int priority = 1;

  Leg(String channel, String uniqueId, String linkedId, int state, String context, String exten) {
    this.channel = channel;
    this.uniqueId = uniqueId;
    this.linkedId = linkedId;
    this.state = state;
    this.context = context;
    this.exten = exten;
  }

  /** Sets the caller id (and, as Dial does for the channel it calls, the connected line). */
  Leg callerId(String number, String name) {
    this.callerNum = number;
    this.callerName = name;
    return this;
  }

  Leg connectedLine(String number, String name) {
    this.connectedNum = number;
    this.connectedName = name;
    return this;
  }

  /** Moves the channel to a place in the dialplan. */
  Leg at(String newContext, String newExten, int newPriority) {
    this.context = newContext;
    this.exten = newExten;
    this.priority = newPriority;
    return this;
  }

  /** Writes the snapshot headers, each name starting with {@code prefix}. */
  void snapshot(AmiMessage.Builder b, String prefix) {
    b.add(prefix + "Channel", channel)
        .add(prefix + "ChannelState", Integer.toString(state))
        .add(prefix + "ChannelStateDesc", stateDescription(state))
        .add(prefix + "CallerIDNum", orUnknown(callerNum))
        .add(prefix + "CallerIDName", orUnknown(callerName))
        .add(prefix + "ConnectedLineNum", orUnknown(connectedNum))
        .add(prefix + "ConnectedLineName", orUnknown(connectedName))
        .add(prefix + "Language", "en")
        .add(prefix + "AccountCode", "")
        .add(prefix + "Context", context)
        .add(prefix + "Exten", exten)
        .add(prefix + "Priority", Integer.toString(priority))
        .add(prefix + "Uniqueid", uniqueId)
        .add(prefix + "Linkedid", linkedId);
  }

  /** {@code ast_state2str()} for the states a scenario uses. */
  static String stateDescription(int state) {
    return switch (state) {
      case DOWN -> "Down";
      case RING -> "Ring";
      case RINGING -> "Ringing";
      case UP -> "Up";
      default -> "Unknown (" + state + ")";
    };
  }

  /** Empty caller and connected numbers and names are written as {@code <unknown>} (12+). */
  private static String orUnknown(String value) {
    return value == null || value.isEmpty() ? "<unknown>" : value;
  }
}
