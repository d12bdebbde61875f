package org.amiframework.testkit.scenario;

import java.time.Duration;
import org.amiframework.core.api.PrivilegeClass;

/**
 * An answered inbound call that the callee transfers blind to another extension: {@code
 * BlindTransfer}, the transferer leaves and hangs up, the caller is sent to the target, which is
 * dialed, answers and talks in a new bridge. One Linkedid throughout. By default {@code 5551234}
 * calls {@code 100} in {@code from-pstn}; {@code 100} talks 10 s, then transfers to {@code 200} in
 * {@code from-internal}, which rings 3 s and talks 30 s before hanging up.
 */
public final class BlindTransferBuilder extends ScenarioBuilder<BlindTransferBuilder> {

  private String callerNumber = "5551234";
  private String trunk = "PJSIP/trunk";
  private String context = "from-pstn";
  private String extension = "100";
  private String target = "200";
  private String transferContext = "from-internal";
  private Duration ringing = Duration.ofSeconds(3);
  private Duration talkBeforeTransfer = Duration.ofSeconds(10);
  private Duration targetRinging = Duration.ofSeconds(3);
  private Duration talk = Duration.ofSeconds(30);

  BlindTransferBuilder() {}

  /** The caller's number. */
  public BlindTransferBuilder from(String number) {
    this.callerNumber = requireText(number, "number");
    return this;
  }

  /** The extension that answers first and transfers. */
  public BlindTransferBuilder to(String extension) {
    this.extension = requireText(extension, "extension");
    return this;
  }

  /** The extension the call is transferred to, in the transferer's context. */
  public BlindTransferBuilder transferredTo(String target, String context) {
    this.target = requireText(target, "target");
    this.transferContext = requireText(context, "context");
    return this;
  }

  /** The first callee answers after ringing this long. */
  public BlindTransferBuilder answeredAfter(Duration ringing) {
    this.ringing = requireNotNegative(ringing, "ringing");
    return this;
  }

  /** How long the first callee talks before transferring. */
  public BlindTransferBuilder talkBeforeTransfer(Duration talk) {
    this.talkBeforeTransfer = requireNotNegative(talk, "talk");
    return this;
  }

  /** The target answers after ringing this long. */
  public BlindTransferBuilder targetAnsweredAfter(Duration ringing) {
    this.targetRinging = requireNotNegative(ringing, "ringing");
    return this;
  }

  /** How long the caller talks with the target before the target hangs up. */
  public BlindTransferBuilder talk(Duration talk) {
    this.talk = requireNotNegative(talk, "talk");
    return this;
  }

  @Override
  BlindTransferBuilder self() {
    return this;
  }

  @Override
  public Scenario build() {
    CallFlow flow = flow();
    Leg caller = flow.newChannel(trunk, Leg.RING, context, extension, callerNumber, "");
    Leg transferer = flow.dial(caller, "PJSIP/" + extension);
    Bridge first = flow.answer(caller, transferer, ringing, extension);
    flow.after(talkBeforeTransfer);
    flow.event(
        "BlindTransfer",
        PrivilegeClass.CALL,
        b -> {
          b.add("Result", "Success");
          transferer.snapshot(b, "Transferer");
          caller.snapshot(b, "Transferee");
          first.snapshot(b, "");
          b.add("IsExternal", "No").add("Context", transferContext).add("Extension", target);
        });
    flow.bridgeLeave(first, transferer);
    flow.hangup(transferer, 16);
    flow.bridgeLeave(first, caller);
    flow.bridgeDestroy(first);
    caller.at(transferContext, target, 1);
    flow.newexten(caller, "Dial", "PJSIP/" + target);
    Leg targetLeg = flow.dial(caller, "PJSIP/" + target);
    Bridge second = flow.answer(caller, targetLeg, targetRinging, target);
    flow.after(talk);
    flow.hangUpBridged(second, targetLeg, 16, caller, 16);
    return flow.build();
  }
}
