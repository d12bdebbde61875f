package org.amiframework.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.junit.jupiter.api.Test;

class PrivilegesTest {

  private static int bits(PrivilegeClass... classes) {
    return PrivilegeClass.mask(Set.of(classes));
  }

  @Test
  void getPermReadsListsCaseSensitivelyWithThePrefixQuirkOfAstInstring() {
    assertEquals(
        bits(PrivilegeClass.CALL, PrivilegeClass.REPORTING), Privileges.getPerm("call,reporting"));
    assertEquals(0, Privileges.getPerm("Call"), "case-sensitive");
    assertEquals(0, Privileges.getPerm("bogusclass"));
    // a non-last item matches every name it starts: "c" is call, command, cdr, cc and config
    assertEquals(
        bits(
            PrivilegeClass.CALL,
            PrivilegeClass.COMMAND,
            PrivilegeClass.CONFIG,
            PrivilegeClass.CDR,
            PrivilegeClass.CC,
            PrivilegeClass.USER),
        Privileges.getPerm("c,user"));
    assertEquals(
        bits(PrivilegeClass.USER),
        Privileges.getPerm("user,c"),
        "the last item must match exactly");
    assertEquals(Privileges.ALL, Privileges.getPerm("system,all"));
  }

  @Test
  void stringsToMaskFollowsEventsMaskRules() {
    assertEquals(-1, Privileges.stringsToMask(null));
    assertEquals(-1, Privileges.stringsToMask(""));
    assertEquals(0, Privileges.stringsToMask("off"));
    assertEquals(0, Privileges.stringsToMask("No"));
    assertEquals(Privileges.ALL, Privileges.stringsToMask("on"));
    assertEquals(Privileges.ALL, Privileges.stringsToMask("yes"));
    assertEquals(6, Privileges.stringsToMask("6"), "digits are a numeric mask");
    assertEquals(1, Privileges.stringsToMask("1"), "1 is a number before it is a true word");
    assertEquals(
        bits(PrivilegeClass.CALL, PrivilegeClass.USER), Privileges.stringsToMask("call,user"));
    assertEquals(0, Privileges.stringsToMask("bogusclass"), "unknown names give Off, not an error");
    assertEquals(Integer.MAX_VALUE, Privileges.stringsToMask("99999999999999"));
  }

  @Test
  void authorityToStringListsTheClassesInTableOrderThenAll() {
    assertEquals("<none>", Privileges.authorityToString(0));
    assertEquals("call,all", Privileges.authorityToString(bits(PrivilegeClass.CALL)));
    assertEquals(
        "system,user,all",
        Privileges.authorityToString(bits(PrivilegeClass.USER, PrivilegeClass.SYSTEM)));
    assertEquals(
        "system,call,log,verbose,command,agent,user,config,dtmf,reporting,cdr,dialplan,originate,"
            + "agi,cc,aoc,test,security,message,all",
        Privileges.authorityToString(Privileges.ALL));
  }

  @Test
  void theFullSetOfClassesIsAllBits() {
    assertEquals(Privileges.ALL, Privileges.mask(EnumSet.allOf(PrivilegeClass.class)));
    assertEquals(bits(PrivilegeClass.CALL), Privileges.mask(Set.of(PrivilegeClass.CALL)));
  }

  @Test
  void categoryOfAPrivilegeHeaderIgnoresAll() {
    assertEquals(bits(PrivilegeClass.CALL), Privileges.categoryOf("call,all"));
    assertEquals(bits(PrivilegeClass.CALL), Privileges.categoryOf("Call"));
    assertEquals(0, Privileges.categoryOf("<none>"));
  }
}
