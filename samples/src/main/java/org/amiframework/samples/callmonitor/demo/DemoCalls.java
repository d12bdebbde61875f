package org.amiframework.samples.callmonitor.demo;

import java.time.Duration;
import org.amiframework.testkit.scenario.InboundCallBuilder;
import org.amiframework.testkit.scenario.Scenario;
import org.amiframework.testkit.scenario.Scenarios;

/**
 * The calls the demo PBX plays, in turn: answered and missed inbound calls, a busy phone, queue
 * calls answered and abandoned, a blind transfer, and internal calls, which the missed-call rule
 * ignores. Each is one of the testkit's call scenarios, with the events a real Asterisk 22 raises.
 */
final class DemoCalls {

  /** How many different calls the rotation holds. */
  static final int KINDS = 8;

  private int turn;

  /** A call already talking when the monitor connects; it ends after {@code talk}. */
  Scenario inProgress(Duration talk) {
    return Scenarios.inboundCall()
        .from("5550142")
        .callerName("Carol White")
        .to("100")
        .answeredAfter(seconds(1))
        .talk(talk)
        .build();
  }

  /** The next call of the rotation; the callers' numbers change from one round to the next. */
  Scenario next() {
    int round = turn / KINDS;
    int kind = turn++ % KINDS;
    return switch (kind) {
      case 0 ->
          Scenarios.inboundCall()
              .from(caller(1234, round))
              .callerName("Alice Smith")
              .to("100")
              .answeredAfter(seconds(3))
              .talk(seconds(9))
              .build();
      case 1 ->
          Scenarios.inboundCall().from(caller(9876, round)).to("101").noAnswer(seconds(6)).build();
      case 2 ->
          Scenarios.queueCall()
              .from(caller(300, round))
              .callerName("Bob Jones")
              .to("600", "from-pstn")
              .queue("support")
              .agent("PJSIP/1001", "Agent Dana")
              .waitingFor(seconds(4))
              .answeredAfter(seconds(2))
              .talk(seconds(8))
              .build();
      case 3 -> internal("101", "Sales", "102").answeredAfter(seconds(2)).talk(seconds(5)).build();
      case 4 -> Scenarios.inboundCall().from(caller(4444, round)).to("102").busy().build();
      case 5 ->
          Scenarios.queueCall()
              .from(caller(7777, round))
              .to("600", "from-pstn")
              .queue("support")
              .abandonedAfter(seconds(8))
              .build();
      case 6 ->
          Scenarios.blindTransfer()
              .from(caller(2222, round))
              .to("100")
              .answeredAfter(seconds(2))
              .talkBeforeTransfer(seconds(4))
              .transferredTo("200", "from-internal")
              .targetAnsweredAfter(seconds(2))
              .talk(seconds(5))
              .build();
      default -> internal("103", "Warehouse", "104").noAnswer(seconds(8)).build();
    };
  }

  /** A phone of the PBX calling another one: the call starts in the internal context. */
  private static InboundCallBuilder internal(String from, String name, String to) {
    return Scenarios.inboundCall()
        .from(from)
        .callerName(name)
        .trunk("PJSIP/" + from)
        .context("from-internal")
        .to(to);
  }

  private static String caller(int base, int round) {
    return String.format("555%04d", (base + 137 * round) % 10_000);
  }

  private static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }
}
