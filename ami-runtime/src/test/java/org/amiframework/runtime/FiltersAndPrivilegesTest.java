package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.fixtures.ChannelEvent;
import org.amiframework.runtime.fixtures.Recording;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestEvents;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @Where} filters and {@code @RequiresPrivilege} as the dispatcher applies them. */
class FiltersAndPrivilegesTest {

  @AmiHandler
  static class Handlers extends Recording {

    @OnEvent
    @Where(header = "Context", equals = "from-pstn")
    void equalsFilter(TestHangup h) {
      record("equals:" + h.header("Uniqueid"));
    }

    @OnEvent
    @Where(header = "CallerIDNum", matches = "\\+49\\d+")
    void regexFilter(TestHangup h) {
      record("matches:" + h.header("Uniqueid"));
    }

    @OnEvent
    @Where(header = "Context", equals = "from-pstn", negate = true)
    void negatedFilter(TestHangup h) {
      record("not:" + h.header("Uniqueid"));
    }

    @OnEvent
    @Where(header = "Context", matches = "from-.*")
    @Where(header = "Linkedid", equals = "skip", negate = true)
    @Where(header = "Channel", matches = "PJSIP/.*")
    void combined(ChannelEvent e) {
      record("and:" + e.header("Uniqueid"));
    }

    @OnEvent("Custom*")
    @RequiresPrivilege(PrivilegeClass.CALL)
    void callOnly(AmiEvent e) {
      record("call:" + e.header("Uniqueid"));
    }

    @OnEvent("Custom*")
    @RequiresPrivilege({PrivilegeClass.SYSTEM, PrivilegeClass.USER})
    void systemOrUser(AmiEvent e) {
      record("system+user:" + e.header("Uniqueid"));
    }

    @OnEvent
    @RequiresPrivilege(PrivilegeClass.CALL)
    void typedWithPrivilege(TestHangup h) {
      record("typed-call:" + h.header("Uniqueid"));
    }
  }

  static TestApp app;

  @BeforeAll
  static void boot() {
    app = TestApp.start(Handlers.class);
  }

  @AfterAll
  static void shutDown() {
    app.close();
  }

  @BeforeEach
  void reset() {
    app.clear(Handlers.class);
  }

  private List<String> after(AmiEvent event) {
    return app.deliver(Handlers.class, event);
  }

  @Test
  void eachFilterKind() {
    assertEquals(
        List.of("equals:1", "typed-call:1"),
        after(TestHangup.of("Uniqueid", "1", "Context", "from-pstn", "CallerIDNum", "555")));
    reset();
    assertEquals(
        List.of("matches:2", "not:2", "typed-call:2"),
        after(TestHangup.of("Uniqueid", "2", "Context", "internal", "CallerIDNum", "+4930123")));
    reset();
    assertEquals(
        List.of("not:3", "typed-call:3"),
        after(TestHangup.of("Uniqueid", "3", "CallerIDNum", "+49")));
  }

  @Test
  void combinedConditionsMustAllHold() {
    assertEquals(
        List.of("and:4", "not:4", "typed-call:4"),
        after(TestHangup.of("Uniqueid", "4", "Context", "from-sip", "Channel", "PJSIP/a-1")));
    reset();
    assertEquals(
        List.of("not:5", "typed-call:5"),
        after(
            TestHangup.of(
                "Uniqueid",
                "5",
                "Context",
                "from-sip",
                "Channel",
                "PJSIP/a-1",
                "Linkedid",
                "skip")));
    reset();
    assertEquals(
        List.of("not:6", "typed-call:6"),
        after(TestHangup.of("Uniqueid", "6", "Context", "from-sip", "Channel", "SIP/a-1")));
  }

  @Test
  void privilegeOfGenericEventsComesFromTheirHeader() {
    assertEquals(
        List.of("call:7"),
        after(TestEvents.generic("CustomCall", "Privilege", "call,all", "Uniqueid", "7")));
    reset();
    assertEquals(
        List.of("system+user:8"),
        after(TestEvents.generic("CustomSys", "Privilege", "system,all", "Uniqueid", "8")));
    reset();
    assertEquals(
        List.of("system+user:9"),
        after(TestEvents.generic("CustomBoth", "Privilege", "system,user,all", "Uniqueid", "9")));
  }

  @Test
  void eventNeedingAClassTheHandlerLacksIsNotDelivered() {
    assertEquals(
        List.of(),
        after(TestEvents.generic("CustomMixed", "Privilege", "call,user,all", "Uniqueid", "10")));
  }

  @Test
  void eventWithoutClassesPassesNoPrivilegeCheck() {
    assertEquals(List.of(), after(TestEvents.generic("CustomItem", "Uniqueid", "11")));
  }
}
