package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.fixtures.TestEvents;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.Test;

class GenericEventClassesTest {

  private static Set<PrivilegeClass> ofHeader(String privilege) {
    return TestEvents.generic("X", "Privilege", privilege).privilegeClasses();
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
    assertEquals(Set.of(), TestEvents.generic("X").privilegeClasses());
  }

  @Test
  void typedEventsKnowTheirClasses() {
    assertEquals(Set.of(PrivilegeClass.CALL), TestHangup.of().privilegeClasses());
  }
}
