package org.amiframework.testkit.scenario;

import java.time.Duration;
import java.util.Objects;

/**
 * A call from a trunk to an extension: the trunk's channel rings into the dialplan, which dials the
 * extension; it is answered, unanswered or busy. By default {@code 5551234} calls {@code 100} in
 * context {@code from-pstn} over {@code PJSIP/trunk}, rings 3 s and talks 30 s, and the callee
 * hangs up.
 *
 * <pre>{@code
 * Scenarios.inboundCall().from("5551234").to("100")
 *     .answeredAfter(Duration.ofSeconds(2)).talk(Duration.ofSeconds(30)).build();
 * }</pre>
 *
 * <p>Hangup causes: an answered call ends with 16 (Normal Clearing) on both channels; a busy callee
 * ends with 17 (User busy), which Dial hands to the caller; an unanswered callee is hung up with 16
 * and {@code DialStatus: NOANSWER}. {@link #hangupCause(int)} sets the caller's cause, for
 * dialplans that hang up with their own.
 */
public final class InboundCallBuilder extends ScenarioBuilder<InboundCallBuilder> {

  private enum Outcome {
    ANSWERED,
    NO_ANSWER,
    BUSY
  }

  private String callerNumber = "5551234";
  private String callerName = "";
  private String extension = "100";
  private String trunk = "PJSIP/trunk";
  private String calleeDevice;
  private String context = "from-pstn";
  private Duration ringing = Duration.ofSeconds(3);
  private Duration talk = Duration.ofSeconds(30);
  private Outcome outcome = Outcome.ANSWERED;
  private boolean callerHangsUp;
  private Integer callerCause;

  InboundCallBuilder() {}

  /** The caller's number. */
  public InboundCallBuilder from(String number) {
    this.callerNumber = requireText(number, "number");
    return this;
  }

  /** The caller's name (default none: {@code <unknown>}). */
  public InboundCallBuilder callerName(String name) {
    this.callerName = requireText(name, "name");
    return this;
  }

  /** The dialed extension (the DID of the trunk), dialed as {@code PJSIP/<extension>}. */
  public InboundCallBuilder to(String extension) {
    this.extension = requireText(extension, "extension");
    return this;
  }

  /** The trunk's channel name before its suffix (default {@code PJSIP/trunk}). */
  public InboundCallBuilder trunk(String channelPrefix) {
    this.trunk = requireText(channelPrefix, "channelPrefix");
    return this;
  }

  /** The device the extension rings, {@code PJSIP/alice} (default {@code PJSIP/<extension>}). */
  public InboundCallBuilder ringing(String device) {
    this.calleeDevice = requireText(device, "device");
    return this;
  }

  /** The dialplan context the call enters (default {@code from-pstn}). */
  public InboundCallBuilder context(String context) {
    this.context = requireText(context, "context");
    return this;
  }

  /** The callee answers after ringing this long. */
  public InboundCallBuilder answeredAfter(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    this.outcome = Outcome.ANSWERED;
    return this;
  }

  /** How long the answered call lasts. */
  public InboundCallBuilder talk(Duration duration) {
    this.talk = requireNotNegative(duration, "talk");
    return this;
  }

  /** The caller hangs up the answered call (default: the callee does). */
  public InboundCallBuilder hungUpByCaller() {
    this.callerHangsUp = true;
    return this;
  }

  /** Nobody answers; Dial gives up after 20 s. */
  public InboundCallBuilder noAnswer() {
    return noAnswer(Duration.ofSeconds(20));
  }

  /** Nobody answers; Dial gives up after ringing this long. */
  public InboundCallBuilder noAnswer(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    this.outcome = Outcome.NO_ANSWER;
    return this;
  }

  /** The callee is busy (SIP 486) at once. */
  public InboundCallBuilder busy() {
    this.ringing = Duration.ofMillis(200);
    this.outcome = Outcome.BUSY;
    return this;
  }

  /** The cause of the caller's Hangup (default 16, or 17 for a busy callee). */
  public InboundCallBuilder hangupCause(int cause) {
    this.callerCause = cause;
    return this;
  }

  @Override
  InboundCallBuilder self() {
    return this;
  }

  @Override
  public Scenario build() {
    String device = Objects.requireNonNullElse(calleeDevice, "PJSIP/" + extension);
    CallFlow flow = flow();
    Leg caller = flow.newChannel(trunk, Leg.RING, context, extension, callerNumber, callerName);
    Leg callee = flow.dial(caller, device);
    switch (outcome) {
      case ANSWERED -> answered(flow, caller, callee);
      case NO_ANSWER -> {
        flow.newstate(callee, Leg.RINGING);
        flow.after(ringing).dialEnd(caller, callee, "NOANSWER");
        flow.hangup(callee, 16);
        flow.hangup(caller, callerCause != null ? callerCause : 16);
      }
      case BUSY -> {
        flow.after(ringing).dialEnd(caller, callee, "BUSY");
        flow.hangup(callee, 17);
        flow.hangup(caller, callerCause != null ? callerCause : 17);
      }
    }
    return flow.build();
  }

  private void answered(CallFlow flow, Leg caller, Leg callee) {
    Bridge bridge = flow.answer(caller, callee, ringing, extension);
    flow.after(talk);
    Leg first = callerHangsUp ? caller : callee;
    Leg second = callerHangsUp ? callee : caller;
    flow.hangUpBridged(bridge, first, causeOf(first, caller), second, causeOf(second, caller));
  }

  private int causeOf(Leg leg, Leg caller) {
    return leg == caller && callerCause != null ? callerCause : 16;
  }
}
