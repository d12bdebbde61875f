package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import org.amiframework.core.api.AbstractAmiEvent;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.fixtures.ChannelEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestHangup;
import org.junit.jupiter.api.Test;

/** Every handler mistake fails the deployment with a message naming the method. */
class HandlerValidationTest {

  /** Starts with the bean and returns the failure's message. */
  private static String failure(Class<?> bean) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> TestApp.start(bean).close());
    return e.getMessage();
  }

  private static void assertFails(Class<?> bean, String method, String... fragments) {
    String message = failure(bean);
    String where = bean.getName() + "." + method;
    assertTrue(message.contains(where), () -> "no mention of " + where + " in: " + message);
    for (String f : fragments) {
      assertTrue(message.contains(f), () -> "no '" + f + "' in: " + message);
    }
  }

  @AmiHandler
  static class NoParameter {
    @OnEvent
    void m() {}
  }

  @Test
  void handlerWithoutParameter() {
    assertFails(NoParameter.class, "m()", "takes 0 parameters");
  }

  @AmiHandler
  static class NotAnEvent {
    @OnEvent
    void m(String s) {}
  }

  @Test
  void parameterThatIsNoEvent() {
    assertFails(NotAnEvent.class, "m(String)", "first parameter must be an event type");
  }

  @AmiHandler
  static class WrongSecondParameter {
    @OnEvent
    void m(TestHangup h, String s) {}
  }

  @Test
  void secondParameterThatIsNoClient() {
    assertFails(
        WrongSecondParameter.class, "m(TestHangup, String)", "second parameter must be AmiClient");
  }

  @AmiHandler
  static class ReturnsValue {
    @OnEvent
    String m(TestHangup h) {
      return "";
    }
  }

  @Test
  void handlerReturningAValue() {
    assertFails(ReturnsValue.class, "m(TestHangup)", "must return void");
  }

  @AmiHandler
  static class PrivateHandler {
    @OnEvent
    private void m(TestHangup h) {}
  }

  @Test
  void privateHandler() {
    assertFails(PrivateHandler.class, "m(TestHangup)", "must not be private");
  }

  @Dependent
  static class DependentBean {
    @OnEvent
    void m(TestHangup h) {}
  }

  @Test
  void handlerOnADependentBean() {
    assertFails(DependentBean.class, "m(TestHangup)", "@ApplicationScoped", "not @Dependent");
  }

  @AmiHandler
  static class BadRegex {
    @OnEvent
    @Where(header = "Context", matches = "(from-")
    void m(TestHangup h) {}
  }

  @Test
  void invalidRegularExpression() {
    assertFails(BadRegex.class, "m(TestHangup)", "invalid regular expression", "(from-");
  }

  @AmiHandler
  static class EqualsAndMatches {
    @OnEvent
    @Where(header = "Context", equals = "a", matches = "a")
    void m(TestHangup h) {}
  }

  @Test
  void bothEqualsAndMatches() {
    assertFails(EqualsAndMatches.class, "m(TestHangup)", "exactly one of equals and matches");
  }

  @AmiHandler
  static class NeitherEqualsNorMatches {
    @OnEvent
    @Where(header = "Context")
    void m(TestHangup h) {}
  }

  @Test
  void neitherEqualsNorMatches() {
    assertFails(
        NeitherEqualsNorMatches.class, "m(TestHangup)", "exactly one of equals and matches");
  }

  @AmiHandler
  static class UndocumentedHeader {
    @OnEvent
    @Where(header = "Exten", equals = "100")
    void m(TestHangup h) {}
  }

  @Test
  void headerTheTypedEventDoesNotHave() {
    assertFails(UndocumentedHeader.class, "m(TestHangup)", "\"Exten\"", "Hangup does not document");
  }

  @AmiHandler
  static class HeaderMissingOnASubtype {
    @OnEvent
    @Where(header = "Cause", equals = "16")
    void m(ChannelEvent e) {}
  }

  @Test
  void headerMissingOnOneEventOfASupertype() {
    assertFails(HeaderMissingOnASubtype.class, "m(ChannelEvent)", "Newchannel does not document");
  }

  @AmiHandler
  static class DynamicHeaders {
    @OnEvent
    @Where(header = "Tenantid", equals = "t1")
    @Where(header = "ChanVariable", matches = "ROLE=.*")
    @Where(header = "SYSTEMNAME", equals = "pbx1")
    void m(TestHangup h) {}
  }

  @Test
  void headersAnyEventMayCarryNeedNoDocumentation() {
    TestApp.start(DynamicHeaders.class).close(); // the same rule the processor applies
  }

  /** An event class the bindings do not know. */
  public static final class UnboundEvent extends AbstractAmiEvent {
    UnboundEvent(AmiMessage m) {
      super(m);
    }

    @Override
    public java.util.Set<PrivilegeClass> privilegeClasses() {
      return java.util.Set.of();
    }
  }

  @AmiHandler
  static class UnknownEventType {
    @OnEvent
    void m(UnboundEvent e) {}
  }

  @Test
  void eventClassOutsideTheBindings() {
    assertFails(UnknownEventType.class, "m(UnboundEvent)", "is not an event type of the bindings");
  }

  @AmiHandler
  static class PatternOfAnotherEvent {
    @OnEvent("Newchannel")
    void m(TestHangup h) {}
  }

  @Test
  void patternTheTypedEventNeverMatches() {
    assertFails(
        PatternOfAnotherEvent.class, "m(TestHangup)", "pattern 'Newchannel' matches no event");
  }

  @AmiHandler
  static class BlankPattern {
    @OnEvent("")
    void m(AmiEvent e) {}
  }

  @Test
  void emptyPattern() {
    assertFails(BlankPattern.class, "m(AmiEvent)", "empty event name pattern");
  }

  @AmiHandler
  static class ImpossiblePrivilege {
    @OnEvent
    @RequiresPrivilege(PrivilegeClass.SYSTEM)
    void m(TestHangup h) {}
  }

  @Test
  void privilegeTheEventNeverHas() {
    assertFails(
        ImpossiblePrivilege.class, "m(TestHangup)", "can never receive", "Hangup has [call]");
  }

  @AmiHandler
  static class NoPrivilegeClass {
    @OnEvent
    @RequiresPrivilege({})
    void m(AmiEvent e) {}
  }

  @Test
  void requiresPrivilegeWithoutClasses() {
    assertFails(NoPrivilegeClass.class, "m(AmiEvent)", "names no class");
  }

  @AmiHandler
  static class WhereWithoutOnEvent {
    @Where(header = "Context", equals = "x")
    void m(TestHangup h) {}
  }

  @Test
  void whereWithoutOnEvent() {
    assertFails(WhereWithoutOnEvent.class, "m(TestHangup)", "need @OnEvent");
  }

  @AmiHandler
  static class TwoMistakes {
    @OnEvent
    void first(String s) {}

    @OnEvent
    @Where(header = "Nope", equals = "x")
    void second(TestHangup h) {}
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    assertFails(TwoMistakes.class, "first(String)");
    assertFails(TwoMistakes.class, "second(TestHangup)", "\"Nope\"");
  }

  @AmiHandler
  static class UnknownServer {
    @OnEvent
    @Server("pbx9")
    void m(TestHangup h) {}
  }

  @Test
  void handlerForAServerNotConfigured() {
    assertFails(
        UnknownServer.class, "m(TestHangup)", "@Server(\"pbx9\") names no configured server");
  }

  @AmiHandler
  static class InjectsUnknownServer {
    @jakarta.inject.Inject
    @Server("pbx9")
    AmiClient client;
  }

  @Test
  void injectionOfAServerNotConfigured() {
    assertFails(
        InjectsUnknownServer.class, "client", "@Server(\"pbx9\") names no configured server");
  }

  @AmiHandler
  static class Acceptable {
    @OnEvent
    @Where(header = "SystemName", equals = "pbx-a")
    @Where(header = "context", matches = "from-.*")
    void envelopeAndCaseInsensitiveHeaders(TestHangup h) {}

    @OnEvent
    @Where(header = "Anything", equals = "x")
    void undocumentedHeaderOnGenericEvent(AmiEvent e, AmiClient connection) {}

    @OnEvent
    static void staticHandler(TestHangup h) {}
  }

  @Test
  void validHandlersDeploy() {
    try (TestApp app = TestApp.start(Acceptable.class)) {
      assertEquals(1, app.client().subscriberCount());
    }
  }
}
