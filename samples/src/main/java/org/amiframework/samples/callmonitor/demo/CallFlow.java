package org.amiframework.samples.callmonitor.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;

/**
 * Writes the events of one call in the order and shape Asterisk 22 raises them, as recorded in the
 * captures of a dial, a queue call and a channel listing: each step of a call (arrive, dial,
 * answer, queue, transfer, hang up) becomes the events Asterisk sends for it. Make one with {@link
 * Switchboard#newCall()}; tests emit its {@link CallScript#events()} at once.
 *
 * <pre>{@code
 * CallFlow call = switchboard.newCall();
 * DemoChannel caller = call.inbound("5551234", "Alice", "100");
 * DemoChannel phone = call.dial(caller, "100", "Reception");
 * call.pause(20).dialFails(caller, phone, "NOANSWER", 19).hangup(caller, 16);
 * call.script().events().forEach(fakeAsterisk::emit);
 * }</pre>
 */
public final class CallFlow {

  private static final String CALL = "call,all";
  private static final String AGENT = "agent,all";

  /** {@code Cause-txt} by {@code Cause}, as {@code ast_cause2str()} names them. */
  private static final Map<Integer, String> CAUSES =
      Map.of(
          16, "Normal Clearing",
          17, "User busy",
          19, "User alerting, no answer",
          21, "Call Rejected");

  private final Switchboard board;
  private final CallScript script = new CallScript();
  private final List<DemoChannel> bridged = new ArrayList<>();
  private String bridgeId;

  CallFlow(Switchboard board) {
    this.board = board;
  }

  /** The events written so far. */
  public CallScript script() {
    return script;
  }

  /** Lets time pass before the next step. */
  public CallFlow pause(double seconds) {
    script.pause(seconds);
    return this;
  }

  /** A call from the public network arrives on the trunk, in the inbound context. */
  public DemoChannel inbound(String number, String name, String dialed) {
    return arrive("PJSIP/trunk-" + board.channelSuffix(), number, name, "from-pstn", dialed);
  }

  /** A phone on the PBX calls another extension. */
  public DemoChannel internal(String extension, String name, String dialed) {
    String channel = "PJSIP/" + extension + "-" + board.channelSuffix();
    return arrive(channel, extension, name, "from-internal", dialed);
  }

  private DemoChannel arrive(
      String channel, String number, String name, String context, String dialed) {
    String id = board.uniqueid();
    DemoChannel caller =
        new DemoChannel(channel, id, id, number, name, context, dialed, DemoChannel.RING);
    script.emit(caller.event("Newchannel", CALL));
    return caller;
  }

  /** The caller's channel is answered by the PBX itself (the Queue application does that). */
  public CallFlow answeredByPbx(DemoChannel caller) {
    caller.state(DemoChannel.UP);
    script.emit(caller.event("Newstate", CALL));
    return this;
  }

  /** Dial() rings a phone: a new channel towards it, DialBegin, and the phone ringing. */
  public DemoChannel dial(DemoChannel caller, String extension, String name) {
    return ring(caller, phone(caller, extension, name), extension);
  }

  /** The channel towards a phone, created as Dial() or Queue() request it. */
  private DemoChannel phone(DemoChannel caller, String extension, String name) {
    DemoChannel callee =
        new DemoChannel(
            "PJSIP/" + extension + "-" + board.channelSuffix(),
            board.uniqueid(),
            caller.linkedid(),
            extension,
            name,
            "from-internal",
            extension,
            DemoChannel.DOWN);
    script.emit(callee.event("Newchannel", CALL));
    return callee;
  }

  private DemoChannel ring(DemoChannel caller, DemoChannel callee, String dialString) {
    callee.connectedTo(caller);
    caller.connectedTo(callee);
    script.emit(withDest(caller.event("DialBegin", CALL), callee, "DialString", dialString));
    callee.state(DemoChannel.RINGING);
    script.emit(callee.event("Newstate", CALL));
    return callee;
  }

  /** The phone answers: DialEnd ANSWER, both channels up, both in a new bridge. */
  public CallFlow answer(DemoChannel caller, DemoChannel callee) {
    callee.state(DemoChannel.UP);
    script.emit(callee.event("Newstate", CALL));
    script.emit(withDest(caller.event("DialEnd", CALL), callee, "DialStatus", "ANSWER"));
    if (caller.state() != DemoChannel.UP) {
      caller.state(DemoChannel.UP);
      script.emit(caller.event("Newstate", CALL));
    }
    bridgeId = board.bridgeId();
    script.emit(bridge(start("BridgeCreate"), 0).build());
    enterBridge(callee);
    enterBridge(caller);
    return this;
  }

  /** The dial ends unanswered ({@code NOANSWER}, {@code BUSY}, {@code CANCEL}); the phone drops. */
  public CallFlow dialFails(DemoChannel caller, DemoChannel callee, String dialStatus, int cause) {
    script.emit(withDest(caller.event("DialEnd", CALL), callee, "DialStatus", dialStatus));
    return hangup(callee, cause);
  }

  /** The dialplan sends the caller elsewhere ({@code Goto}): a Newexten in the new place. */
  public CallFlow divert(DemoChannel caller, String context, String exten, String application) {
    caller.moveTo(context, exten);
    script.emit(
        caller.event(
            "Newexten",
            "dialplan,all",
            "Extension",
            exten,
            "Application",
            application,
            "AppData",
            ""));
    return this;
  }

  /** A channel hangs up ({@code Cause} 16, 17, 19 or 21): it leaves its bridge first, if in one. */
  public CallFlow hangup(DemoChannel channel, int cause) {
    if (bridged.remove(channel)) {
      script.emit(bridgeEvent("BridgeLeave", channel));
    }
    String code = Integer.toString(cause);
    script.emit(channel.event("Hangup", CALL, "Cause", code, "Cause-txt", CAUSES.get(cause)));
    return this;
  }

  /** The caller enters a queue; its position depends on who else is waiting then. */
  public CallFlow joinQueue(DemoChannel caller, String queue) {
    script.emit(
        () -> {
          String count = Integer.toString(board.queueJoined(queue));
          return caller.event(
              "QueueCallerJoin", AGENT, "Queue", queue, "Position", count, "Count", count);
        });
    return this;
  }

  /** The caller leaves the queue (answered or not), one fewer waiting. */
  public CallFlow leaveQueue(DemoChannel caller, String queue) {
    script.emit(
        () -> {
          String count = Integer.toString(board.queueLeft(queue));
          return caller.event(
              "QueueCallerLeave", AGENT, "Queue", queue, "Count", count, "Position", "1");
        });
    return this;
  }

  /** A queue member's phone is rung for the caller: its channel, AgentCalled, the dial. */
  public DemoChannel callAgent(DemoChannel caller, String queue, String extension, String name) {
    DemoChannel agent = phone(caller, extension, name);
    script.emit(
        withDest(caller.event("AgentCalled", AGENT), agent, member(queue, extension, name)));
    return ring(caller, agent, "PJSIP/" + extension);
  }

  /** The queue member answered: the dial ends, the caller leaves the queue, AgentConnect. */
  public CallFlow agentAnswers(
      DemoChannel caller, DemoChannel agent, String queue, long holdSeconds) {
    answer(caller, agent);
    leaveQueue(caller, queue);
    String[] member = member(queue, agent.callerNum(), agent.callerName());
    script.emit(
        withDest(caller.event("AgentConnect", AGENT), agent, member)
            .with("HoldTime", Long.toString(holdSeconds))
            .with("RingTime", "2"));
    return this;
  }

  /** The caller gave up waiting: QueueCallerAbandon, then it leaves the queue. */
  public CallFlow abandonQueue(DemoChannel caller, String queue, long holdSeconds) {
    script.emit(
        caller.event(
            "QueueCallerAbandon",
            AGENT,
            "Queue",
            queue,
            "Position",
            "1",
            "OriginalPosition",
            "1",
            "HoldTime",
            Long.toString(holdSeconds)));
    return leaveQueue(caller, queue);
  }

  /** The callee sends the caller elsewhere (#-transfer): BlindTransfer, and the callee drops. */
  public CallFlow blindTransfer(DemoChannel transferer, DemoChannel transferee, String extension) {
    AmiMessage.Builder b = start("BlindTransfer").add("Result", "Success");
    transferer.snapshot(b, "Transferer");
    transferee.snapshot(b, "Transferee");
    bridge(b, bridged.size());
    b.add("IsExternal", "No").add("Context", "from-internal").add("Extension", extension);
    script.emit(b.build());
    bridged.remove(transferee);
    script.emit(bridgeEvent("BridgeLeave", transferee));
    return hangup(transferer, 16);
  }

  private void enterBridge(DemoChannel channel) {
    bridged.add(channel);
    script.emit(bridgeEvent("BridgeEnter", channel));
  }

  private AmiMessage bridgeEvent(String event, DemoChannel channel) {
    return channel.snapshot(bridge(start(event), bridged.size()), "").build();
  }

  /** The bridge snapshot of a basic two-party bridge. */
  private AmiMessage.Builder bridge(AmiMessage.Builder b, int channels) {
    return b.add("BridgeUniqueid", bridgeId)
        .add("BridgeType", "basic")
        .add("BridgeTechnology", "simple_bridge")
        .add("BridgeCreator", "<unknown>")
        .add("BridgeName", "<unknown>")
        .add("BridgeNumChannels", Integer.toString(channels))
        .add("BridgeVideoSourceMode", "none");
  }

  private static AmiMessage.Builder start(String event) {
    return AmiMessage.builder().add("Event", event).add("Privilege", CALL);
  }

  /** The queue member headers of the Agent* events. */
  private static String[] member(String queue, String extension, String name) {
    return new String[] {"Queue", queue, "Interface", "PJSIP/" + extension, "MemberName", name};
  }

  /** Adds the other channel's snapshot as {@code Dest...}, then the extra pairs. */
  private static AmiMessage withDest(AmiMessage event, DemoChannel dest, String... extra) {
    return DemoChannel.withPairs(dest.snapshot(event.toBuilder(), "Dest"), extra).build();
  }
}
