package org.amiframework.testkit.examples;

import jakarta.inject.Inject;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.Where;

/** The handler of TESTING.md: tells the CRM about calls from the PSTN that nobody answered. */
@AmiHandler
public class MissedCalls {

  @Inject AmiClient ami;

  @OnEvent("DialEnd")
  @Where(header = "Context", equals = "from-pstn")
  @Where(header = "DialStatus", equals = "NOANSWER")
  void onUnansweredCall(AmiEvent dialEnd) {
    ami.send(
        GenericAction.named("UserEvent")
            .with("UserEvent", "MissedCall")
            .with("Caller", dialEnd.header("CallerIDNum")));
  }
}
