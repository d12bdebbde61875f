package org.amiframework.samples.callmonitor.demo;

import org.amiframework.core.message.AmiMessage;

/**
 * One channel of a simulated call, and the snapshot Asterisk 12+ writes of it in every channel
 * event: {@code Channel}, {@code ChannelState}, ... {@code Linkedid}, in Asterisk's order. Made by
 * {@link CallFlow}.
 */
public final class DemoChannel {

  /** {@code ChannelStateDesc} by {@code ChannelState}, as {@code ast_state2str()} names them. */
  private static final String[] STATES = {
    "Down", "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing", "Up", "Busy"
  };

  static final int DOWN = 0;
  static final int RING = 4;
  static final int RINGING = 5;
  static final int UP = 6;

  private final String name;
  private final String uniqueid;
  private final String linkedid;
  private final String callerNum;
  private final String callerName;
  private String context;
  private String exten;
  private String connectedNum = "<unknown>";
  private String connectedName = "<unknown>";
  private int state;

  DemoChannel(
      String name,
      String uniqueid,
      String linkedid,
      String callerNum,
      String callerName,
      String context,
      String exten,
      int state) {
    this.name = name;
    this.uniqueid = uniqueid;
    this.linkedid = linkedid;
    this.callerNum = callerNum;
    this.callerName = callerName;
    this.context = context;
    this.exten = exten;
    this.state = state;
  }

  /** The channel name, {@code PJSIP/100-0000002a}. */
  public String name() {
    return name;
  }

  /** Its Uniqueid. */
  public String uniqueid() {
    return uniqueid;
  }

  /** The Uniqueid of the channel that started its call. */
  public String linkedid() {
    return linkedid;
  }

  String callerNum() {
    return callerNum;
  }

  String callerName() {
    return callerName;
  }

  int state() {
    return state;
  }

  void state(int newState) {
    this.state = newState;
  }

  void moveTo(String newContext, String newExten) {
    this.context = newContext;
    this.exten = newExten;
  }

  /** Both ends of a dial learn who is on the other end (Asterisk's NewConnectedLine). */
  void connectedTo(DemoChannel other) {
    this.connectedNum = other.callerNum;
    this.connectedName = other.callerName;
  }

  /** An event about this channel: its name and classes, the snapshot, then {@code extra} pairs. */
  AmiMessage event(String event, String privilege, String... extra) {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", event).add("Privilege", privilege);
    return withPairs(snapshot(b, ""), extra).build();
  }

  /** Adds headers given as name, value, name, value... */
  static AmiMessage.Builder withPairs(AmiMessage.Builder b, String... namesAndValues) {
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b;
  }

  /** Writes the snapshot with every header prefixed ({@code Dest}, {@code Transferee}, ...). */
  AmiMessage.Builder snapshot(AmiMessage.Builder b, String prefix) {
    return b.add(prefix + "Channel", name)
        .add(prefix + "ChannelState", Integer.toString(state))
        .add(prefix + "ChannelStateDesc", STATES[state])
        .add(prefix + "CallerIDNum", callerNum)
        .add(prefix + "CallerIDName", callerName)
        .add(prefix + "ConnectedLineNum", connectedNum)
        .add(prefix + "ConnectedLineName", connectedName)
        .add(prefix + "Language", "en")
        .add(prefix + "AccountCode", "")
        .add(prefix + "Context", context)
        .add(prefix + "Exten", exten)
        .add(prefix + "Priority", "1")
        .add(prefix + "Uniqueid", uniqueid)
        .add(prefix + "Linkedid", linkedid);
  }
}
