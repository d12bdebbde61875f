package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void readsAsterisksCookie() {
    SessionCookie c = SessionCookie.parse("mansession_id=\"48347daf\"; Version=1; Max-Age=60");
    assertEquals("48347daf", c.id());
    assertEquals(Duration.ofSeconds(60), c.maxAge());
    assertEquals("mansession_id=\"48347daf\"", c.requestHeader());
  }

  @Test
  void findsItAmongOtherCookiesAndToleratesOddAttributes() {
    SessionCookie c =
        SessionCookie.fromSetCookie(
            List.of("other=1; Path=/", "MANSESSION_ID=0a0b0c0d; max-age=oops"));
    assertEquals("0a0b0c0d", c.id());
    assertNull(c.maxAge());
    assertNull(SessionCookie.fromSetCookie(List.of("other=1")));
    assertNull(SessionCookie.parse("mansession_id=\"\""));
  }
}
