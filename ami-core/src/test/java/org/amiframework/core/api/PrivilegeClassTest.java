package org.amiframework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivilegeClassTest {

  /** The table of section 2.6 of the protocol notes (manager.h), in its order. */
  private static final Map<String, Integer> TABLE = new LinkedHashMap<>();

  static {
    String[] names = {
      "system", "call", "log", "verbose", "command", "agent", "user", "config", "dtmf",
      "reporting", "cdr", "dialplan", "originate", "agi", "cc", "aoc", "test", "security"
    };
    int[] bits = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18};
    for (int i = 0; i < names.length; i++) {
      TABLE.put(names[i], 1 << bits[i]);
    }
    TABLE.put("message", 1 << 30);
  }

  @Test
  void hasTheNineteenClassesWithAsterisksNamesAndBits() {
    assertEquals(19, PrivilegeClass.values().length);
    Map<String, Integer> actual = new LinkedHashMap<>();
    for (PrivilegeClass c : PrivilegeClass.values()) {
      actual.put(c.wireName(), c.bit());
      assertEquals(c, PrivilegeClass.fromWireName(c.wireName().toUpperCase()));
      assertEquals(c.wireName(), c.toString());
    }
    assertEquals(List.copyOf(TABLE.entrySet()), List.copyOf(actual.entrySet()));
  }

  @Test
  void parsesPrivilegeHeadersAndListCommandsText() {
    assertEquals(EnumSet.of(PrivilegeClass.CALL), PrivilegeClass.parseList("Call"));
    assertEquals(
        EnumSet.of(PrivilegeClass.SYSTEM, PrivilegeClass.USER),
        PrivilegeClass.parseList("system,user"));
    assertEquals(EnumSet.of(PrivilegeClass.CALL), PrivilegeClass.parseList("call,all"));
    assertEquals(EnumSet.noneOf(PrivilegeClass.class), PrivilegeClass.parseList("ALL"));
    assertEquals(EnumSet.allOf(PrivilegeClass.class), PrivilegeClass.parseConfig("call,all"));
    assertEquals(EnumSet.allOf(PrivilegeClass.class), PrivilegeClass.parseConfig("ALL"));
    assertEquals(EnumSet.of(PrivilegeClass.CALL), PrivilegeClass.parseConfig("call,bogus"));
    assertEquals(Set.of(), PrivilegeClass.parseList("<none>"));
    assertEquals(Set.of(), PrivilegeClass.parseList(""));
    assertEquals(Set.of(), PrivilegeClass.parseList(null));
    assertEquals(
        EnumSet.of(PrivilegeClass.REPORTING),
        PrivilegeClass.parseList("hookresponse, reporting ,unknown,,"));
  }

  @Test
  void readsFlagSymbolsOfTheDocumentationAndRefusesFakeClasses() {
    assertEquals(PrivilegeClass.CALL, PrivilegeClass.fromFlagSymbol("EVENT_FLAG_CALL"));
    assertEquals(PrivilegeClass.SECURITY, PrivilegeClass.fromFlagSymbol("EVENT_FLAG_SECURITY"));
    assertNull(PrivilegeClass.fromFlagSymbol("EVENT_FLAG_CLASS"));
    assertNull(PrivilegeClass.fromFlagSymbol("EVENT_FLAG_CEL"));
    assertNull(PrivilegeClass.fromFlagSymbol("EVENT_FLAG_HOOKRESPONSE"));
    assertNull(PrivilegeClass.fromFlagSymbol("call"));
  }

  @Test
  void writesListsInAsterisksTableOrder() {
    assertEquals(
        "system,call,reporting,message",
        PrivilegeClass.toList(
            List.of(
                PrivilegeClass.MESSAGE,
                PrivilegeClass.REPORTING,
                PrivilegeClass.CALL,
                PrivilegeClass.SYSTEM)));
    assertEquals("", PrivilegeClass.toList(Set.of()));
  }

  @Test
  void masksGoBothWays() {
    Set<PrivilegeClass> classes = EnumSet.of(PrivilegeClass.CALL, PrivilegeClass.MESSAGE);
    int mask = PrivilegeClass.mask(classes);
    assertEquals((1 << 1) | (1 << 30), mask);
    assertEquals(classes, PrivilegeClass.fromMask(mask));
    assertEquals(EnumSet.allOf(PrivilegeClass.class), PrivilegeClass.fromMask(Integer.MAX_VALUE));
    assertEquals(Set.of(), PrivilegeClass.fromMask(1 << 14));
  }
}
