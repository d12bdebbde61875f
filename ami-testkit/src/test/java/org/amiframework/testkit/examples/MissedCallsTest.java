package org.amiframework.testkit.examples;

import static org.amiframework.testkit.stub.Stubs.action;

import java.time.Duration;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.junit.AmiTest;
import org.amiframework.testkit.scenario.Scenarios;
import org.junit.jupiter.api.Test;

/** The test of TESTING.md, over TCP. */
@AmiTest(beans = MissedCalls.class)
class MissedCallsTest {

  @Test
  void reportsACallNobodyAnswered(FakeAsterisk pbx) {
    pbx.play(Scenarios.inboundCall().from("5551234").to("100").noAnswer().build());

    pbx.actions()
        .assertReceived(
            1,
            action("UserEvent")
                .withHeader("UserEvent", "MissedCall")
                .withHeader("Caller", "5551234"));
  }

  @Test
  void staysQuietAboutAnsweredCalls(FakeAsterisk pbx) {
    pbx.play(
        Scenarios.inboundCall()
            .from("5551234")
            .to("100")
            .answeredAfter(Duration.ofSeconds(2))
            .talk(Duration.ofSeconds(30))
            .build());

    pbx.actions().assertNotReceived(action("UserEvent"));
  }
}
