package org.amiframework.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.EventMetadata;
import org.amiframework.core.api.EventType;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.api.ResultShape;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the classes generated from the real 22.10.1 file do at run time (through reflection, since
 * they exist only in this test's compilation).
 */
class GeneratedBindingsBehaviourTest {

  private static final String PKG = RealDefinitions.packageOf("22.10.1");
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = new GeneratedClassLoader(RealDefinitions.compile("22.10.1"));
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return Class.forName(PKG + "." + name, true, loader);
  }

  private static Object call(Object target, String method, Object... args) throws Exception {
    Class<?> cls = target instanceof Class<?> c ? c : target.getClass();
    for (Method m : cls.getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        try {
          return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(cls.getName() + "." + method);
  }

  private static Object builder(String cls) throws Exception {
    return call(type(cls), "builder");
  }

  @Test
  void eventBuilderWritesTheWireShapeAndAccessorsDecodeIt() throws Exception {
    Object b = builder("event.Hangup");
    call(b, "channel", "PJSIP/100-00000001");
    call(b, "cause", 16);
    call(b, "header", "Extra", "x");
    AmiEvent hangup = (AmiEvent) call(b, "build");
    assertEquals(
        List.of(
            new Header("Event", "Hangup"),
            new Header("Privilege", "call,all"),
            new Header("Channel", "PJSIP/100-00000001"),
            new Header("Cause", "16"),
            new Header("Extra", "x")),
        hangup.message().headers());
    assertEquals(16, call(hangup, "cause"));
    assertEquals("PJSIP/100-00000001", call(hangup, "channel"));
    assertEquals(Set.of(PrivilegeClass.CALL), hangup.privilegeClasses());
  }

  @Test
  void aDocumentedEventHeaderIsTheSecondOneAndKeepsTheName() throws Exception {
    // ResourceListDetail documents an "Event" header: the subscription's event package
    Object b = builder("event.ResourceListDetail");
    call(b, "event", "presence");
    AmiEvent detail = (AmiEvent) call(b, "build");
    assertEquals("ResourceListDetail", detail.name());
    assertEquals(List.of("ResourceListDetail", "presence"), detail.message().getAll("Event"));
    assertEquals("presence", call(detail, "event"));
  }

  @Test
  void unparsableNumbersAndUnknownEnumValuesKeepTheirText() throws Exception {
    EventType<?> type = (EventType<?>) type("event.Hangup").getField("TYPE").get(null);
    AmiMessage raw =
        AmiMessage.of("Event", "Hangup", "Cause", "sixteen", "ChannelStateDesc", "Levitating");
    AmiEvent hangup = type.decoder().apply(raw);
    assertNull(call(hangup, "cause"));
    assertEquals("sixteen", hangup.header("Cause"));
    assertEquals("UNRECOGNIZED", call(hangup, "channelStateDesc").toString());
    assertEquals("Levitating", hangup.header("ChannelStateDesc"));
    AmiEvent up = type.decoder().apply(AmiMessage.of("Event", "Hangup", "ChannelStateDesc", "Up"));
    assertEquals("UP", call(up, "channelStateDesc").toString());
    assertEquals(raw, hangup.message(), "nothing lost");
  }

  @Test
  void durationsAreTypedOnlyWhereTheyAreSeconds() throws Exception {
    EventType<?> cdr = (EventType<?>) type("event.Cdr").getField("TYPE").get(null);
    AmiEvent c = cdr.decoder().apply(AmiMessage.of("Event", "Cdr", "Duration", "4"));
    assertEquals(java.time.Duration.ofSeconds(4), call(c, "duration"));
    EventType<?> show = (EventType<?>) type("event.CoreShowChannel").getField("TYPE").get(null);
    AmiEvent s =
        show.decoder().apply(AmiMessage.of("Event", "CoreShowChannel", "Duration", "00:00:01"));
    assertEquals("00:00:01", call(s, "duration"), "HH:MM:SS text stays text");
  }

  @Test
  void eventsCarryTheirDocumentedHeadersAtRunTime() throws Exception {
    EventMetadata meta = type("event.Hangup").getAnnotation(EventMetadata.class);
    assertEquals("Hangup", meta.name());
    assertTrue(List.of(meta.headers()).containsAll(List.of("Cause", "Cause-txt", "Linkedid")));
    assertEquals(List.of(PrivilegeClass.CALL), List.of(meta.classes()));
    EventMetadata rtcp = type("event.RTCPSent").getAnnotation(EventMetadata.class);
    assertTrue(List.of(rtcp.headerPatterns()).contains("Report\\d+SourceSSRC"));
  }

  @Test
  void actionBuilderEnforcesRequiredParametersNamingThem() throws Exception {
    Object b = builder("action.Originate");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(b, "build"));
    assertEquals("Originate: required parameter Channel is not set", e.getMessage());
  }

  @Test
  void actionsBuildTheirMessageAndReadItBack() throws Exception {
    Object b = builder("action.Originate");
    call(b, "channel", "Local/100@default");
    call(b, "timeout", 15000L);
    call(b, "variable", "A", "1");
    call(b, "variables", Map.of("B", "x,y"));
    AmiAction<?> originate = (AmiAction<?>) call(b, "build");
    AmiMessage m = originate.toMessage();
    assertEquals("Originate", m.actionName());
    assertEquals(List.of("A=1", "B=x\\,y"), m.getAll("Variable"));
    assertEquals("15000", m.get("Timeout"));
    assertNull(m.actionId(), "the client adds ActionID");
    assertEquals(Set.of(PrivilegeClass.ORIGINATE), originate.writeClasses());
    assertEquals(Map.of("A", "1", "B", "x,y"), call(originate, "variables"));
    Object back =
        call(type("action.Originate"), "fromMessage", m.toBuilder().add("ActionID", "7").build());
    assertEquals(originate, back);
    assertThrows(
        IllegalArgumentException.class,
        () -> call(type("action.Originate"), "fromMessage", AmiMessage.of("Action", "Ping")));
  }

  @Test
  void setvarsVariableIsANameNotPairs() throws Exception {
    Object b = builder("action.Setvar");
    call(b, "variable", "FOO");
    call(b, "value", "bar");
    AmiAction<?> setvar = (AmiAction<?>) call(b, "build");
    assertEquals("FOO", setvar.toMessage().get("Variable"));
    assertEquals("bar", setvar.toMessage().get("Value"));
  }

  @Test
  void resultShapesFollowTheOverlay() throws Exception {
    AmiAction<?> status = (AmiAction<?>) call(builder("action.Status"), "build");
    ResultShape.EventList<?> list = (ResultShape.EventList<?>) status.resultShape();
    assertSame(type("event.Status"), list.itemType());
    assertEquals("StatusComplete", list.completionEvent());
    Object command = builder("action.Command");
    call(command, "command", "core show version");
    assertSame(ResultShape.command(), ((AmiAction<?>) call(command, "build")).resultShape());
    AmiAction<?> ping = (AmiAction<?>) call(builder("action.Ping"), "build");
    assertSame(ResultShape.single(), ping.resultShape());
    assertEquals(Set.of(), ping.writeClasses());
  }

  @Test
  void theCatalogLooksUpByNameWithoutReflection() throws Exception {
    Bindings stock = (Bindings) type("StockBindings").getConstructor().newInstance();
    assertSame(type("event.Hangup").getField("TYPE").get(null), stock.event("Hangup"));
    assertNull(stock.event("hangup"), "events are matched exactly");
    ActionType<?> originate = stock.action("ORIGINATE");
    assertSame(type("action.Originate"), originate.javaType(), "actions ignore case");
    assertEquals(
        RealDefinitions.distinctNames("22.10.1", "managerEvent").size(), stock.events().size());
    assertTrue(stock.source().contains("core-en_US-22.10.1.xml (Asterisk 22.10.1)"));
    AmiEvent decoded = stock.decodeEvent(AmiMessage.of("Event", "Newstate", "Channel", "X"));
    assertSame(type("event.Newstate"), decoded.getClass());
  }
}
