package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.util.function.Consumer;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * A call that waits in a queue and is answered by an agent, or abandoned, with the queue events of
 * app_queue (QueueCallerJoin, AgentCalled, AgentConnect, AgentComplete, QueueCallerLeave,
 * QueueCallerAbandon) among the channel and bridge events, as in the recorded {@code g} session. By
 * default {@code 5551234} calls {@code 300} in {@code from-pstn}, waits 5 s in queue {@code
 * support}, {@code PJSIP/1001} ("Agent 1001") rings 3 s, answers and talks 60 s, then hangs up.
 */
public final class QueueCallBuilder extends ScenarioBuilder<QueueCallBuilder> {

  private String callerNumber = "5551234";
  private String callerName = "";
  private String trunk = "PJSIP/trunk";
  private String context = "from-pstn";
  private String extension = "300";
  private String queue = "support";
  private String agentInterface = "PJSIP/1001";
  private String memberName = "Agent 1001";
  private Duration waiting = Duration.ofSeconds(5);
  private Duration ringing = Duration.ofSeconds(3);
  private Duration talk = Duration.ofSeconds(60);
  private Duration abandonedAfter;

  QueueCallBuilder() {}

  /** The caller's number. */
  public QueueCallBuilder from(String number) {
    this.callerNumber = requireText(number, "number");
    return this;
  }

  /** The caller's name (default none). */
  public QueueCallBuilder callerName(String name) {
    this.callerName = requireText(name, "name");
    return this;
  }

  /** The extension of the queue in the dialplan, in its context. */
  public QueueCallBuilder to(String extension, String context) {
    this.extension = requireText(extension, "extension");
    this.context = requireText(context, "context");
    return this;
  }

  /** The queue's name. */
  public QueueCallBuilder queue(String name) {
    this.queue = requireText(name, "name");
    return this;
  }

  /** The member that takes the call: its interface ({@code PJSIP/1001}) and name. */
  public QueueCallBuilder agent(String memberInterface, String memberName) {
    this.agentInterface = requireText(memberInterface, "memberInterface");
    this.memberName = requireText(memberName, "memberName");
    return this;
  }

  /** How long the caller waits before the agent is rung. */
  public QueueCallBuilder waitingFor(Duration waiting) {
    this.waiting = requireNotNegative(waiting, "waiting");
    return this;
  }

  /** The agent answers after ringing this long. */
  public QueueCallBuilder answeredAfter(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    this.abandonedAfter = null;
    return this;
  }

  /** How long the agent talks before hanging up. */
  public QueueCallBuilder talk(Duration duration) {
    this.talk = requireNotNegative(duration, "talk");
    return this;
  }

  /** The caller hangs up after waiting this long, before any agent is rung. */
  public QueueCallBuilder abandonedAfter(Duration waited) {
    this.abandonedAfter = requireNotNegative(waited, "waited");
    return this;
  }

  @Override
  QueueCallBuilder self() {
    return this;
  }

  @Override
  public Scenario build() {
    CallFlow flow = flow();
    Leg caller = flow.newChannel(trunk, Leg.RING, context, extension, callerNumber, callerName);
    flow.newstate(caller, Leg.UP);
    caller.priority = 2;
    queueEvent(flow, "QueueCallerJoin", caller, b -> b.add("Position", "1").add("Count", "1"));
    if (abandonedAfter != null) {
      flow.after(abandonedAfter).hangupRequest(caller, 16);
      String held = seconds(abandonedAfter);
      queueEvent(
          flow,
          "QueueCallerAbandon",
          caller,
          b -> b.add("Position", "1").add("OriginalPosition", "1").add("HoldTime", held));
      queueEvent(flow, "QueueCallerLeave", caller, b -> b.add("Position", "1").add("Count", "0"));
      flow.hangup(caller, 16);
      return flow.build();
    }
    flow.after(waiting);
    Leg agent =
        flow.newChannel(agentInterface, Leg.DOWN, context, extension, callerNumber, callerName);
    agentEvent(flow, "AgentCalled", caller, agent, b -> {});
    flow.dialBegin(caller, agent, agentInterface);
    flow.newstate(agent, Leg.RINGING);
    flow.after(ringing).newstate(agent, Leg.UP);
    flow.dialEnd(caller, agent, "ANSWER");
    queueEvent(flow, "QueueCallerLeave", caller, b -> b.add("Position", "1").add("Count", "0"));
    String held = seconds(waiting.plus(ringing));
    agentEvent(
        flow,
        "AgentConnect",
        caller,
        agent,
        b -> b.add("HoldTime", held).add("RingTime", seconds(ringing)));
    Bridge bridge = flow.bridgeCreate();
    flow.bridgeEnter(bridge, agent);
    flow.bridgeEnter(bridge, caller);
    flow.after(talk).hangupRequest(agent, 16);
    agentEvent(
        flow,
        "AgentComplete",
        caller,
        agent,
        b -> b.add("HoldTime", held).add("TalkTime", seconds(talk)).add("Reason", "agent"));
    flow.bridgeLeave(bridge, agent);
    flow.hangup(agent, 16);
    flow.bridgeLeave(bridge, caller);
    flow.hangup(caller, 16);
    flow.bridgeDestroy(bridge);
    return flow.build();
  }

  /** A caller's queue event: snapshot, {@code Queue}, then its own fields. */
  private void queueEvent(
      CallFlow flow, String name, Leg caller, Consumer<AmiMessage.Builder> fields) {
    flow.event(
        name,
        PrivilegeClass.AGENT,
        b -> {
          caller.snapshot(b, "");
          fields.accept(b.add("Queue", queue));
        });
  }

  /** An agent event: caller and {@code Dest} snapshots, queue, member, then its own fields. */
  private void agentEvent(
      CallFlow flow, String name, Leg caller, Leg agent, Consumer<AmiMessage.Builder> fields) {
    flow.event(
        name,
        PrivilegeClass.AGENT,
        b -> {
          CallFlow.dialParties(b, caller, agent)
              .add("Queue", queue)
              .add("Interface", agentInterface)
              .add("MemberName", memberName);
          fields.accept(b);
        });
  }

  private static String seconds(Duration duration) {
    return Long.toString(duration.toSeconds());
  }
}
