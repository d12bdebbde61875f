package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.fixtures.TestEvents;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.Test;

class EventClassesTest {

  private static Set<PrivilegeClass> ofHeader(String privilege) {
    return EventClasses.of(TestEvents.generic("X", "Privilege", privilege));
  }

  @Test
  void theTrailingAllIsNoClass() {
    assertEquals(Set.of(PrivilegeClass.CALL), ofHeader("call,all"));
    assertEquals(Set.of(PrivilegeClass.SYSTEM, PrivilegeClass.USER), ofHeader("system,user,all"));
    assertEquals(Set.of(PrivilegeClass.CALL), ofHeader("Call"));
    assertEquals(Set.of(), ofHeader("<none>"));
  }

  @Test
  void noHeaderNoClasses() {
    assertEquals(Set.of(), EventClasses.of(TestEvents.generic("X")));
  }

  @Test
  void typedEventsKnowTheirClasses() {
    assertEquals(Set.of(PrivilegeClass.CALL), EventClasses.of(TestHangup.of()));
  }
}
