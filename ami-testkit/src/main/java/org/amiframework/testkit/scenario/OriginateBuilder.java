package org.amiframework.testkit.scenario;

import java.time.Duration;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.internal.CallerId;

/**
 * The call an async {@code Originate} places: its channel (a Local pair for {@code Local/...}) is
 * dialed, answers and is sent to the destination, and {@code OriginateResponse} reports it, as in
 * the recorded {@code c1} session. By default {@code Local/100@from-internal} rings 2 s, goes to
 * {@code 200@from-internal} and talks 30 s.
 *
 * <p>The fake answers an async Originate with an {@code OriginateResponse} of its own; to play this
 * flow instead, stub the action: {@code
 * pbx.stubFor(action("Originate")).willReturn(success("Originate successfully queued"))}, then
 * {@code pbx.play(Scenarios.originate().of(originate).build())}.
 */
public final class OriginateBuilder extends ScenarioBuilder<OriginateBuilder> {

  private enum Outcome {
    ANSWERED(4, "ANSWER", 16),
    NO_ANSWER(3, "NOANSWER", 16),
    BUSY(5, "BUSY", 17);

    final int reason;
    final String dialStatus;
    final int cause;

    Outcome(int reason, String dialStatus, int cause) {
      this.reason = reason;
      this.dialStatus = dialStatus;
      this.cause = cause;
    }
  }

  private String channel = "Local/100@from-internal";
  private String context = "from-internal";
  private String exten = "200";
  private String application;
  private String data = "";
  private CallerId callerId = new CallerId("", "");
  private String actionId;
  private Duration ringing = Duration.ofSeconds(2);
  private Duration talk = Duration.ofSeconds(30);
  private Outcome outcome = Outcome.ANSWERED;

  OriginateBuilder() {}

  /**
   * Takes channel, destination, caller id and ActionID from an Originate action, such as one a
   * handler sent: {@code of(pbx.awaitAction(action("Originate")))}.
   */
  public OriginateBuilder of(AmiMessage originate) {
    channel(requireHeader(originate, "Channel"));
    if (originate.get("Application") != null) {
      toApplication(originate.get("Application"), valueOr(originate.get("Data"), ""));
    } else {
      toExtension(requireHeader(originate, "Exten"), valueOr(originate.get("Context"), "default"));
    }
    callerId = CallerId.parse(originate.get("CallerID"));
    actionId = originate.actionId();
    return this;
  }

  /** The channel to call: {@code Local/100@from-internal}, {@code PJSIP/alice}. */
  public OriginateBuilder channel(String channel) {
    this.channel = requireText(channel, "channel");
    return this;
  }

  /** Where the answered channel goes: an extension. */
  public OriginateBuilder toExtension(String exten, String context) {
    this.exten = requireText(exten, "exten");
    this.context = requireText(context, "context");
    this.application = null;
    return this;
  }

  /** Where the answered channel goes: an application. */
  public OriginateBuilder toApplication(String application, String data) {
    this.application = requireText(application, "application");
    this.data = data == null ? "" : data;
    return this;
  }

  /** The caller id the call presents. */
  public OriginateBuilder callerId(String number, String name) {
    this.callerId = new CallerId(name == null ? "" : name, number == null ? "" : number);
    return this;
  }

  /** The ActionID of the Originate, which {@code OriginateResponse} carries. */
  public OriginateBuilder actionId(String actionId) {
    this.actionId = requireText(actionId, "actionId");
    return this;
  }

  /** The channel answers after ringing this long. */
  public OriginateBuilder answeredAfter(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    this.outcome = Outcome.ANSWERED;
    return this;
  }

  /** How long the answered call lasts. */
  public OriginateBuilder talk(Duration duration) {
    this.talk = requireNotNegative(duration, "talk");
    return this;
  }

  /** The channel rings out: {@code OriginateResponse} fails with Reason 3. */
  public OriginateBuilder noAnswer(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    this.outcome = Outcome.NO_ANSWER;
    return this;
  }

  /** The channel is busy: {@code OriginateResponse} fails with Reason 5. */
  public OriginateBuilder busy() {
    this.ringing = Duration.ofMillis(200);
    this.outcome = Outcome.BUSY;
    return this;
  }

  @Override
  OriginateBuilder self() {
    return this;
  }

  @Override
  public Scenario build() {
    CallFlow flow = flow();
    boolean local = channel.regionMatches(true, 0, "Local/", 0, 6);
    Leg called;
    Leg other = null;
    String dialString = channel.substring(channel.indexOf('/') + 1);
    if (local) {
      int at = dialString.indexOf('@');
      String localExten = at < 0 ? dialString : dialString.substring(0, at);
      String localContext = at < 0 ? "default" : dialString.substring(at + 1);
      Leg[] pair = flow.newLocalPair(localExten, localContext);
      called = pair[0];
      other = pair[1];
    } else {
      called = flow.newChannel(channel, Leg.DOWN, context, "s", "", "");
    }
    flow.newCallerId(called, callerId.number(), callerId.name());
    flow.dialBegin(null, called, dialString);
    if (!local) {
      flow.newstate(called, Leg.RINGING);
    }
    flow.after(ringing);
    if (outcome != Outcome.ANSWERED) {
      flow.dialEnd(null, called, outcome.dialStatus);
      if (other != null) {
        flow.hangup(other, outcome.cause);
      }
      flow.hangup(called, outcome.cause);
      originateResponse(flow, called);
      return flow.build();
    }
    if (other != null) {
      flow.newstate(other, Leg.UP);
    }
    flow.newstate(called, Leg.UP);
    flow.dialEnd(null, called, "ANSWER");
    if (application == null) {
      called.at(context, exten, 1);
    }
    originateResponse(flow, called);
    flow.after(talk);
    if (other != null) {
      flow.softHangupRequest(other, 16);
      flow.hangupRequest(called, 16);
      flow.hangup(other, 16);
      flow.softHangupRequest(called, 16);
    } else {
      flow.hangupRequest(called, 16);
    }
    flow.hangup(called, 16);
    return flow.build();
  }

  /** {@code OriginateResponse} in the header order of the recorded sessions. */
  private void originateResponse(CallFlow flow, Leg called) {
    flow.event(
        "OriginateResponse",
        PrivilegeClass.CALL,
        b -> {
          if (actionId != null) {
            b.add("ActionID", actionId);
          }
          b.add("Response", outcome == Outcome.ANSWERED ? "Success" : "Failure")
              .add("Channel", outcome == Outcome.ANSWERED ? called.channel : channel);
          if (application == null) {
            b.add("Context", context).add("Exten", exten);
          } else {
            b.add("Application", application).add("Data", data);
          }
          b.add("Reason", Integer.toString(outcome.reason))
              .add("Uniqueid", called.uniqueId)
              .add("CallerIDNum", callerId.numberOrUnknown())
              .add("CallerIDName", callerId.nameOrUnknown());
        });
  }

  private static String requireHeader(AmiMessage originate, String header) {
    String value = originate.get(header);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("the Originate has no " + header + ": " + originate);
    }
    return value;
  }

  private static String valueOr(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
