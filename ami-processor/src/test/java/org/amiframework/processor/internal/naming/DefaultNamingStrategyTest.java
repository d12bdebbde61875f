package org.amiframework.processor.internal.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultNamingStrategyTest {

  private final NamingStrategy naming = new DefaultNamingStrategy();

  @ParameterizedTest
  @CsvSource({
    "CallerIDNum, callerIdNum",
    "ChannelStateDesc, channelStateDesc",
    "Uniqueid, uniqueid",
    "DNID, dnid",
    "BridgeVideoSourceMode, bridgeVideoSourceMode",
    "Cause-txt, causeTxt",
    "CID-CallingPres, cidCallingPres",
    "100rel, _100rel",
    "Class, classValue",
    "Interface, interfaceValue",
    "Name, nameValue",
    "Message, messageValue",
    "ActionID, actionId",
    "SIPCallID, sipCallId",
    "AOCBillingId, aocBillingId",
  })
  void membersAreLowerCamelCaseAndLegal(String documented, String expected) {
    assertEquals(expected, naming.member(documented));
  }

  @ParameterizedTest
  @CsvSource({
    "Hangup, Hangup",
    "RTCPSent, RTCPSent",
    "DAHDIChannel, DAHDIChannel",
    "AOC-D, AocD",
    "sipNotify, SipNotify",
    "3Way, _3way",
  })
  void classesKeepLegalDocumentedNames(String documented, String expected) {
    assertEquals(expected, naming.eventClass(documented));
    assertEquals(expected, naming.actionClass(documented));
  }

  @ParameterizedTest
  @CsvSource({
    "Dialing Offhook, DIALING_OFFHOOK",
    "OffHook, OFF_HOOK",
    "Pre-ring, PRE_RING",
    "none, NONE",
    "InUse&Ringing, IN_USE_RINGING",
    "1/1000, _1_1000",
    "200(SR), _200_SR",
  })
  void enumConstantsAreUpperSnakeCase(String value, String expected) {
    assertEquals(expected, naming.enumConstant(value, null));
  }

  @Test
  void numericEnumConstantsUseTheirDocumentedLabel() {
    assertEquals("AST_DEVICE_INUSE", naming.enumConstant("2", "AST_DEVICE_INUSE"));
    assertEquals("MODULE_NOT_FOUND", naming.enumConstant("2", "Module not found"));
    assertEquals("IN_USE_HOLD", naming.enumConstant("17", "InUse&Hold"));
    assertEquals("_2", naming.enumConstant("2", null));
    assertEquals("MINUS_1", naming.enumConstant("-1", null));
    assertEquals("UP", naming.enumConstant("Up", "ignored: the value has words"));
  }

  @Test
  void bindingsClassAddsTheSuffix() {
    assertEquals("PbxBindings", naming.bindingsClass("pbx"));
  }

  @Test
  void saysWhyANameNeedsRenaming() {
    assertEquals(Optional.of("is a Java keyword"), naming.renamingReason("Class"));
    assertEquals(Optional.of("starts with a digit"), naming.renamingReason("100rel"));
    assertTrue(naming.renamingReason("Cause-txt").orElseThrow().contains("characters"));
    assertEquals(Optional.empty(), naming.renamingReason("CallerIDNum"));
    assertEquals(Optional.empty(), naming.renamingReason("Name"), "reserved, not odd");
  }

  @Test
  void scopesSettleCollisionsDeterministically() {
    NameScope members = NameScope.forMembers();
    assertEquals("callerIdNum", members.claim("callerIdNum"));
    assertEquals("callerIdNum2", members.claim("callerIdNum"));
    assertEquals("callerIdNum3", members.claim("callerIdNum"));
    assertEquals("channel1", members.claim("channel1"));
    assertEquals("channel1_2", members.claim("channel1"));
    NameScope types = NameScope.forTypes();
    assertEquals("Foo", types.claim("Foo"));
    assertEquals("FOO2", types.claim("FOO"), "one file on case-insensitive file systems");
    assertEquals(
        "UNRECOGNIZED2", NameScope.forMembers().reserve("UNRECOGNIZED").claim("UNRECOGNIZED"));
  }
}
