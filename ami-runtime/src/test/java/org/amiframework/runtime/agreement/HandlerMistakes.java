package org.amiframework.runtime.agreement;

import org.amiframework.asterisk.event.Hangup;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.RequiresPrivilege;
import org.amiframework.runtime.Where;

/**
 * Handlers over the stock event classes, each with one mistake, and one without: the runtime
 * validates them at deployment and ami-processor at compile time (this file, compiled again with
 * the processor). A comment marks the line the processor must report.
 */
final class HandlerMistakes {

  private HandlerMistakes() {}

  @AmiHandler
  static class TypoInWhere {
    @OnEvent
    @Where(header = "Contxt", equals = "from-pstn") // AMI-E104
    void m(Hangup h) {}
  }

  @AmiHandler
  static class SecondNotClient {
    @OnEvent
    void m(Hangup h, String s) {} // AMI-E101
  }

  @AmiHandler
  static class ReturnsValue {
    @OnEvent
    String m(Hangup h) { // AMI-E102
      return "";
    }
  }

  @AmiHandler
  static class Hidden {
    @OnEvent
    private void m(Hangup h) {} // AMI-E103
  }

  @AmiHandler
  static class BothConditions {
    @OnEvent
    @Where(header = "Context", equals = "a", matches = "b") // AMI-E105
    void m(Hangup h) {}
  }

  @AmiHandler
  static class BadRegex {
    @OnEvent
    @Where(header = "Context", matches = "([a-z") // AMI-E106
    void m(Hangup h) {}
  }

  @AmiHandler
  static class PatternOfAnotherEvent {
    @OnEvent("Dial*") // AMI-E107
    void m(Hangup h) {}
  }

  @AmiHandler
  static class WrongClass {
    @OnEvent
    @RequiresPrivilege(PrivilegeClass.SYSTEM) // AMI-E108
    void m(Hangup h) {}
  }

  @AmiHandler
  static class FilterWithoutHandler {
    @Where(header = "Context", equals = "x") // AMI-E109
    void m(Hangup h) {}
  }

  @AmiHandler
  static class Valid {
    @OnEvent("Hang*")
    @RequiresPrivilege(PrivilegeClass.CALL)
    @Where(header = "cause-txt", equals = "Normal Clearing")
    @Where(header = "Tenantid", equals = "t1")
    @Where(header = "ChanVariable", matches = "ROLE=.*")
    void m(Hangup h, AmiClient connection) {}
  }
}
