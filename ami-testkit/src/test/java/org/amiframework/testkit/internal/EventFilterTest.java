package org.amiframework.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventFilterTest {

  private static final String HANGUP =
      "Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/100-01\r\nCause: 16\r\n"
          + "AccountCode: \r\n\r\n";

  private static EventFilter filter(String criteria, String pattern) throws Exception {
    return EventFilter.parse(criteria, pattern);
  }

  @Test
  void legacyFiltersAreRegexesOnTheWholeText() throws Exception {
    assertTrue(filter(null, "Event: (Newchannel|Hangup)").matches("Hangup", HANGUP));
    assertFalse(filter(null, "Event:Hangup").matches("Hangup", HANGUP), "spacing must match");
    EventFilter exclude = filter(null, "!Cause: 16");
    assertTrue(exclude.isExclude());
    assertTrue(exclude.matches("Hangup", HANGUP));
  }

  @Test
  void advancedFiltersMatchByNameHeaderAndMethod() throws Exception {
    assertTrue(filter("name(Hangup)", null).matches("Hangup", HANGUP));
    assertFalse(filter("name(hangup)", null).matches("Hangup", HANGUP), "names are exact");
    assertTrue(filter("header(Channel),method(starts_with)", "PJSIP/").matches("Hangup", HANGUP));
    assertTrue(filter("header(Cause),method(exact)", "16").matches("Hangup", HANGUP));
    assertFalse(filter("header(Cause),method(exact)", "1").matches("Hangup", HANGUP));
    assertFalse(
        filter("header(AccountCode),method(regex)", ".*").matches("Hangup", HANGUP),
        "empty values are skipped");
    assertTrue(filter("method(ends_with),header(Channel)", "-01").matches("Hangup", HANGUP));
    assertTrue(filter("method(contains)", "Cause: 16").matches("Hangup", HANGUP));
    assertTrue(filter("name(Hangup),action(exclude)", "").isExclude());
    assertFalse(filter("action(include)", "!").isExclude(), "action() beats a leading !");
  }

  @Test
  void badFiltersAreRefusedWithAsterisksTexts() {
    assertRefused(EventFilter.DID_NOT_COMPILE, null, "([unclosed");
    assertRefused(EventFilter.DID_NOT_COMPILE, "method(regex)", "(");
    assertRefused(EventFilter.BADLY_FORMATTED, "name(X)", "pattern-without-method");
    assertRefused(EventFilter.BADLY_FORMATTED, "method(exact)", "");
    assertRefused(EventFilter.BADLY_FORMATTED, "name(A),name(B)", null);
    assertRefused(EventFilter.BADLY_FORMATTED, "colour(red)", null);
    assertRefused(EventFilter.BADLY_FORMATTED, "action(maybe)", null);
    assertRefused(EventFilter.BADLY_FORMATTED, "method(fuzzy)", "x");
    assertRefused(EventFilter.BADLY_FORMATTED, "name(X) junk", null);
    assertRefused(EventFilter.BADLY_FORMATTED, null, null);
  }

  private static void assertRefused(String message, String criteria, String pattern) {
    EventFilter.InvalidFilterException e =
        assertThrows(EventFilter.InvalidFilterException.class, () -> filter(criteria, pattern));
    assertEquals(message, e.getMessage(), criteria + " / " + pattern);
  }

  @Test
  void includesAndExcludesCombineAsShouldSendEvent() throws Exception {
    EventFilterSet set = new EventFilterSet();
    assertTrue(set.shouldSend("Hangup", HANGUP), "no filters: everything");
    set.add(filter(null, "!Cause: 16"));
    assertFalse(set.shouldSend("Hangup", HANGUP), "excluded");
    assertTrue(set.shouldSend("Newstate", "Event: Newstate\r\n"), "excludes only: the rest");
    set.add(filter("name(Newchannel)", null));
    assertFalse(set.shouldSend("Newstate", "Event: Newstate\r\n"), "includes now required");
    assertTrue(set.shouldSend("Newchannel", "Event: Newchannel\r\n"));
  }
}
