package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * Writes the events of one call on a clock, framed as {@code __manager_event_sessions_va()} frames
 * them ({@code Event}, {@code Privilege}, {@code Timestamp} if on, {@code SystemName} if set, then
 * the body), and keeps channel names and Uniqueids consistent: one Linkedid for the whole call.
 */
final class CallFlow {

  /** Like Asterisk's channel counter: unique in the JVM, so scenarios played together differ. */
  private static final AtomicLong SEQUENCE = new AtomicLong();

  /** {@code ast_cause2str()} for the causes scenarios use. */
  private static final Map<Integer, String> CAUSES =
      Map.of(
          0, "Unknown",
          1, "Unallocated (unassigned) number",
          16, "Normal Clearing",
          17, "User busy",
          18, "No user responding",
          19, "User alerting, no answer",
          21, "Call Rejected",
          34, "Circuit/channel congestion");

  private final ScenarioBuilder.Settings settings;
  private final List<ScenarioEvent> events = new ArrayList<>();
  private Duration now = Duration.ZERO;
  private String linkedId;

  CallFlow(ScenarioBuilder.Settings settings) {
    this.settings = settings;
  }

  /** Moves the clock on. */
  CallFlow after(Duration gap) {
    now = now.plus(gap);
    return this;
  }

  /** The text of a hangup cause. */
  static String causeText(int cause) {
    return CAUSES.getOrDefault(cause, "Unknown");
  }

  // ---- channels ------------------------------------------------------------------------------

  /**
   * A new channel {@code <technology/resource>-<8 hex digits>} and its Newchannel; the first
   * channel of the call gives the call its Linkedid.
   */
  Leg newChannel(
      String resource,
      int state,
      String context,
      String exten,
      String callerNum,
      String callerName) {
    long sequence = SEQUENCE.getAndIncrement();
    Leg leg = leg(resource + String.format("-%08x", sequence), sequence, state, context, exten);
    leg.callerId(callerNum, callerName);
    channelEvent("Newchannel", leg);
    return leg;
  }

  /**
   * The two halves of a Local channel ({@code Local/exten@context-suffix;1} and {@code ;2}), their
   * Newchannels and the LocalBridge that ties them, as chan_local reports an originated call.
   */
  Leg[] newLocalPair(String exten, String context) {
    long sequence = SEQUENCE.getAndIncrement();
    String name = "Local/" + exten + "@" + context + String.format("-%08x", sequence);
    Leg one = leg(name + ";1", sequence, Leg.DOWN, context, exten);
    Leg two = leg(name + ";2", SEQUENCE.getAndIncrement(), Leg.RING, context, exten);
    channelEvent("Newchannel", one);
    channelEvent("Newchannel", two);
    event(
        "LocalBridge",
        PrivilegeClass.CALL,
        b -> {
          one.snapshot(b, "LocalOne");
          two.snapshot(b, "LocalTwo");
          b.add("Context", context).add("Exten", exten).add("LocalOptimization", "Yes");
        });
    return new Leg[] {one, two};
  }

  private Leg leg(String channel, long sequence, int state, String context, String exten) {
    String prefix = settings.systemName() == null ? "" : settings.systemName() + "-";
    String uniqueId = prefix + settings.start().getEpochSecond() + "." + sequence;
    if (linkedId == null) {
      linkedId = uniqueId;
    }
    return new Leg(channel, uniqueId, linkedId, state, context, exten);
  }

  void newstate(Leg leg, int state) {
    leg.state = state;
    channelEvent("Newstate", leg);
  }

  /** Sets the caller id and reports it, unless there is none. */
  void newCallerId(Leg leg, String number, String name) {
    if (number.isEmpty() && name.isEmpty()) {
      return;
    }
    leg.callerId(number, name);
    event(
        "NewCallerid",
        PrivilegeClass.CALL,
        b -> {
          leg.snapshot(b, "");
          b.add("CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
        });
  }

  void newConnectedLine(Leg leg, String number, String name) {
    leg.connectedLine(number, name);
    channelEvent("NewConnectedLine", leg);
  }

  /** The channel runs an application at its dialplan position (class dialplan). */
  void newexten(Leg leg, String application, String appData) {
    event(
        "Newexten",
        PrivilegeClass.DIALPLAN,
        b -> {
          leg.snapshot(b, "");
          b.add("Extension", leg.exten).add("Application", application).add("AppData", appData);
        });
  }

  /** An event that is a channel snapshot and nothing else (Newchannel, Newstate, ...). */
  void channelEvent(String name, Leg leg) {
    event(name, PrivilegeClass.CALL, b -> leg.snapshot(b, ""));
  }

  // ---- dialing -------------------------------------------------------------------------------

  /** DialBegin; {@code caller} is null when nothing dials (an originated call). */
  void dialBegin(Leg caller, Leg dest, String dialString) {
    event(
        "DialBegin",
        PrivilegeClass.CALL,
        b -> dialParties(b, caller, dest).add("DialString", dialString));
  }

  void dialEnd(Leg caller, Leg dest, String status) {
    event(
        "DialEnd",
        PrivilegeClass.CALL,
        b -> dialParties(b, caller, dest).add("DialStatus", status));
  }

  /** The caller's snapshot (when there is one), then the {@code Dest} one. */
  static AmiMessage.Builder dialParties(AmiMessage.Builder b, Leg caller, Leg dest) {
    if (caller != null) {
      caller.snapshot(b, "");
    }
    dest.snapshot(b, "Dest");
    return b;
  }

  /**
   * The caller dials {@code device}, as Dial does: the new channel gets the caller's id, connected
   * line and dialplan position, then DialBegin.
   */
  Leg dial(Leg caller, String device) {
    Leg callee =
        newChannel(
            device, Leg.DOWN, caller.context, caller.exten, caller.callerNum, caller.callerName);
    newConnectedLine(callee, caller.callerNum, caller.callerName);
    dialBegin(caller, callee, resourceOf(device));
    return callee;
  }

  /**
   * The dialed channel rings for {@code ringing} and answers; the caller is answered too, learns
   * whom it talks to ({@code calleeNumber}), and both enter a new bridge.
   */
  Bridge answer(Leg caller, Leg callee, Duration ringing, String calleeNumber) {
    newstate(callee, Leg.RINGING);
    after(ringing).newstate(callee, Leg.UP);
    dialEnd(caller, callee, "ANSWER");
    if (caller.state != Leg.UP) {
      newstate(caller, Leg.UP);
    }
    newConnectedLine(caller, calleeNumber, "");
    Bridge bridge = bridgeCreate();
    bridgeEnter(bridge, callee);
    bridgeEnter(bridge, caller);
    return bridge;
  }

  /**
   * {@code first}'s far end hangs up: it leaves the bridge and is gone, then the other leaves, is
   * hung up, and the bridge is destroyed.
   */
  void hangUpBridged(Bridge bridge, Leg first, int firstCause, Leg second, int secondCause) {
    hangupRequest(first, 16);
    bridgeLeave(bridge, first);
    hangup(first, firstCause);
    bridgeLeave(bridge, second);
    hangup(second, secondCause);
    bridgeDestroy(bridge);
  }

  /** {@code 100} of {@code PJSIP/100}. */
  static String resourceOf(String device) {
    return device.substring(device.indexOf('/') + 1);
  }

  // ---- bridges -------------------------------------------------------------------------------

  Bridge bridgeCreate() {
    Bridge bridge = new Bridge();
    event("BridgeCreate", PrivilegeClass.CALL, b -> bridge.snapshot(b, ""));
    return bridge;
  }

  void bridgeEnter(Bridge bridge, Leg leg) {
    bridge.channels++;
    event("BridgeEnter", PrivilegeClass.CALL, b -> bridgeAndChannel(b, bridge, leg));
  }

  void bridgeLeave(Bridge bridge, Leg leg) {
    bridge.channels--;
    event("BridgeLeave", PrivilegeClass.CALL, b -> bridgeAndChannel(b, bridge, leg));
  }

  void bridgeDestroy(Bridge bridge) {
    event("BridgeDestroy", PrivilegeClass.CALL, b -> bridge.snapshot(b, ""));
  }

  private static void bridgeAndChannel(AmiMessage.Builder b, Bridge bridge, Leg leg) {
    bridge.snapshot(b, "");
    leg.snapshot(b, "");
  }

  // ---- hanging up ----------------------------------------------------------------------------

  /** The far end of {@code leg} hung up. */
  void hangupRequest(Leg leg, int cause) {
    causeEvent("HangupRequest", leg, cause);
  }

  /** Asterisk itself asked {@code leg} to hang up (its peer left). */
  void softHangupRequest(Leg leg, int cause) {
    causeEvent("SoftHangupRequest", leg, cause);
  }

  void hangup(Leg leg, int cause) {
    event(
        "Hangup",
        PrivilegeClass.CALL,
        b -> {
          leg.snapshot(b, "");
          b.add("Cause", Integer.toString(cause)).add("Cause-txt", causeText(cause));
        });
  }

  private void causeEvent(String name, Leg leg, int cause) {
    event(
        name,
        PrivilegeClass.CALL,
        b -> {
          leg.snapshot(b, "");
          b.add("Cause", Integer.toString(cause));
        });
  }

  // ---- framing -------------------------------------------------------------------------------

  /** Adds an event now: the framing headers, then what {@code body} writes. */
  void event(String name, PrivilegeClass privilege, Consumer<AmiMessage.Builder> body) {
    AmiMessage.Builder b =
        AmiMessage.builder().add("Event", name).add("Privilege", privilege.wireName() + ",all");
    if (settings.timestampEvents()) {
      Instant at = settings.start().plus(now);
      b.add("Timestamp", String.format("%d.%06d", at.getEpochSecond(), at.getNano() / 1000));
    }
    if (settings.systemName() != null) {
      b.add("SystemName", settings.systemName());
    }
    body.accept(b);
    events.add(new ScenarioEvent(now, b.build()));
  }

  /** The scenario written so far. */
  Scenario build() {
    if (linkedId == null) {
      throw new IllegalStateException("a call flow without any channel");
    }
    return new Scenario(events, linkedId);
  }
}
