package org.amiframework.core.api;

public enum PrivilegeClass {
  SYSTEM, CALL, LOG, VERBOSE, COMMAND, AGENT, USER, CONFIG, DTMF, REPORTING, CDR, DIALPLAN,
  ORIGINATE, AGI, CC, AOC, TEST, SECURITY, MESSAGE
}
