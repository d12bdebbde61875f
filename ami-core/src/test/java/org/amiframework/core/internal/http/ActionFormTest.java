package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.HeaderInjectionException;
import org.junit.jupiter.api.Test;

class ActionFormTest {

  @Test
  void keepsOrderAndRepeatsAndEncodesEveryReservedCharacter() {
    AmiMessage originate =
        AmiMessage.of(
            "Action", "Originate",
            "Channel", "Local/100@test",
            "Variable", "A=1",
            "Variable", "B=x y&z+é",
            "ActionID", "id 1");
    String form = ActionForm.encode(originate);
    assertEquals(
        "Action=Originate&Channel=Local%2F100%40test&Variable=A%3D1"
            + "&Variable=B%3Dx%20y%26z%2B%C3%A9&ActionID=id%201",
        form);
    assertFalse(form.contains("+"), "a space is %20, never +");
    assertEquals("B=x y&z+é", URLDecoder.decode("B%3Dx%20y%26z%2B%C3%A9", StandardCharsets.UTF_8));
  }

  @Test
  void refusesWhatTheTcpEncoderRefuses() {
    AmiMessage injected = AmiMessage.of("Action", "Ping", "ActionID", "1\r\nAction: Logoff");
    assertThrows(HeaderInjectionException.class, () -> ActionForm.encode(injected));
    AmiMessage secret = AmiMessage.of("Action", "Login", "Secret", "pw\nx");
    HeaderInjectionException e =
        assertThrows(HeaderInjectionException.class, () -> ActionForm.encode(secret));
    assertFalse(e.getMessage().contains("pw"), e.getMessage());
  }
}
