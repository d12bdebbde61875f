package org.amiframework.testkit.examples;

import static org.amiframework.testkit.stub.Stubs.action;

import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.junit.Transport;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** The AMI-over-HTTP test of TESTING.md. */
@AmiTest(beans = MissedCalls.class, transport = Transport.HTTP)
class MissedCallsOverHttpTest {

  @Test
  void reportsACallNobodyAnswered(FakeAsterisk pbx) {
    pbx.play(Scenarios.inboundCall().from("5551234").to("100").noAnswer().build());

    pbx.actions().assertReceived(1, action("UserEvent").withHeader("Caller", "5551234"));
  }
}
