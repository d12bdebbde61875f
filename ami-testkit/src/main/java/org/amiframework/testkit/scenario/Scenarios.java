package org.amiframework.testkit.scenario;

/**
 * Realistic call flows as Asterisk 12+ reports them, for driving handlers: channel, dial, bridge
 * and hangup events with the header names and order of a real server, consistent channel names,
 * Uniqueids and Linkedids, and times. Play them with {@code FakeAsterisk.play(scenario)}.
 *
 * <pre>{@code
 * pbx.play(Scenarios.inboundCall().from("5551234").to("100")
 *     .answeredAfter(Duration.ofSeconds(2)).talk(Duration.ofSeconds(30)).build());
 * }</pre>
 *
 * <p>The flows keep to the events handlers rely on; a real server adds more (VarSet, most Newexten,
 * DeviceStateChange, Cdr, MusicOnHold...), and may order some of them differently.
 */
public final class Scenarios {

  private Scenarios() {}

  /** A call from a trunk to an extension: answered, unanswered or busy. */
  public static InboundCallBuilder inboundCall() {
    return new InboundCallBuilder();
  }

  /** The call an async Originate places, with its OriginateResponse. */
  public static OriginateBuilder originate() {
    return new OriginateBuilder();
  }

  /** A call through a queue to an agent, or abandoned while waiting. */
  public static QueueCallBuilder queueCall() {
    return new QueueCallBuilder();
  }

  /** An answered call that the callee transfers blind to another extension. */
  public static BlindTransferBuilder blindTransfer() {
    return new BlindTransferBuilder();
  }
}
