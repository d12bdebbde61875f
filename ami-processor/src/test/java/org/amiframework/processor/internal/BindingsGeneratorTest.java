package org.amiframework.processor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.BindingsGenerator.Result;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.EventPlan;
import org.amiframework.processor.internal.plan.FieldPlan;
import org.amiframework.processor.internal.plan.ResultPlan;
import org.junit.jupiter.api.Test;

/** The whole pipeline on the fixtures, without javac: plans and diagnostics. */
class BindingsGeneratorTest {

  static Result run(String fixture, String... overlays) {
    List<GenerationRequest.Input> inputs =
        java.util.Arrays.stream(overlays)
            .map(o -> new GenerationRequest.Input(Fixtures.path("overlays/" + o), o))
            .toList();
    return new BindingsGenerator()
        .generate(
            new GenerationRequest(
                Fixtures.path("fixtures/" + fixture),
                fixture,
                inputs,
                "org.example.widgets",
                "Widget",
                "21.0.0",
                true));
  }

  private static EventPlan event(Result r, String name) {
    return r.plan().events().stream()
        .filter(e -> e.definition().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static ActionPlan action(Result r, String name) {
    return r.plan().actions().stream()
        .filter(a -> a.definition().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, FieldPlan> fields(List<FieldPlan> fields) {
    return fields.stream().collect(Collectors.toMap(FieldPlan::header, Function.identity()));
  }

  private static List<Diagnostic> of(Result r, DiagnosticId id) {
    return r.diagnostics().stream().filter(d -> d.id() == id).toList();
  }

  @Test
  void typesHeadersFromTheTypeTableSnapshotsAndEnumlists() {
    Result r = run("widgets.xml");
    Map<String, FieldPlan> f = fields(event(r, "WidgetEntry").fields());
    assertEquals(ValueType.INT, f.get("ChannelState").type(), "snapshot field");
    assertEquals(ValueType.INT, f.get("PeerChannelState").type(), "snapshot field, prefixed");
    assertEquals(ValueType.INT, f.get("Cause").type(), "stock type table");
    assertEquals(ValueType.STRING, f.get("Priority").type(), "Priority is not always a number");
    assertEquals(ValueType.STRING, f.get("Uniqueid").type());
    assertEquals(ValueType.ENUM, f.get("Shape").type(), "enumlist");
    assertEquals(ValueType.STRING, f.get("Size").type(), "no overlay given");
    assertEquals(
        f.get("ChannelStateDesc").enumType(),
        f.get("PeerChannelStateDesc").enumType(),
        "one enum for every prefix");
    assertEquals(
        "org.example.widgets.enums.ChannelStateDesc",
        f.get("ChannelStateDesc").enumType().canonicalName());
  }

  @Test
  void theUsersOverlayWinsOverTheStockOne() {
    Result r = run("widgets.xml", "widgets.overlay");
    Map<String, FieldPlan> f = fields(event(r, "WidgetEntry").fields());
    assertEquals(ValueType.INT, f.get("Size").type());
    assertEquals(ValueType.STRING, f.get("Shape").type(), "scoped entry");
    assertEquals(List.of("call", "originate"), action(r, "WidgetCreate").writeClasses());
    assertNull(action(r, "WidgetList").writeClasses(), "unknown: neither overlay names it");
    assertEquals(List.of(), action(r, "Login").writeClasses(), "stock: Login needs none");
  }

  @Test
  void listActionsComeFromTheXmlResponsesOrTheOverlay() {
    Result r = run("widgets.xml");
    ResultPlan list = action(r, "WidgetList").result();
    assertEquals(ResultPlan.Kind.LIST, list.kind());
    assertEquals("WidgetEntry", list.itemType().simpleName());
    assertEquals("WidgetListComplete", list.completionEvent());
    assertEquals(ResultPlan.Kind.SINGLE, action(r, "WidgetCreate").result().kind());
  }

  @Test
  void actionsLeaveOutActionIdAndTreatVariableAsPairsWhenTheOverlaySaysSo() {
    Map<String, FieldPlan> f =
        fields(action(run("widgets.xml", "widgets.overlay"), "WidgetCreate").fields());
    assertNull(f.get("ActionID"), "the client adds ActionID");
    assertTrue(f.get("Variable").variablePairs());
    FieldPlan plain = fields(action(run("widgets.xml"), "WidgetCreate").fields()).get("Variable");
    assertEquals(FieldPlan.Kind.PLAIN, plain.kind(), "a variable name, as in Setvar");
    assertEquals(ValueType.LONG, f.get("Timeout").type());
    assertTrue(f.get("Channel").parameter().required());
  }

  @Test
  void reportsEveryNamingOddityWithItsLine() {
    Result r = run("oddities.xml");
    List<Diagnostic> renamed = of(r, DiagnosticId.NOT_AN_IDENTIFIER);
    assertEquals(
        List.of(
            Fixtures.lineOf("fixtures/oddities.xml", "\"Cause-txt\""),
            Fixtures.lineOf("fixtures/oddities.xml", "\"Class\""),
            Fixtures.lineOf("fixtures/oddities.xml", "\"100rel\"")),
        renamed.stream().map(d -> d.location().line()).toList(),
        renamed.toString());
    Map<String, FieldPlan> f = fields(event(r, "Talking").fields());
    assertEquals("causeTxt", f.get("Cause-txt").javaName());
    assertEquals("classValue", f.get("Class").javaName());
    assertEquals("_100rel", f.get("100rel").javaName());
    assertEquals("callerIdNum", f.get("CallerIDNum").javaName());
    assertEquals("callerIdNum2", f.get("CallerIdNum").javaName());
    Diagnostic collision = of(r, DiagnosticId.NAME_COLLISION).get(0);
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "\"CallerIdNum\""), collision.location().line());
    assertTrue(collision.render().startsWith("[AMI-W006] oddities.xml:"), collision.render());
  }

  @Test
  void aHeaderNamedLikeTheFirstHeaderIsItsSecondOccurrence() {
    FieldPlan event = fields(event(run("oddities.xml"), "Talking").fields()).get("Event");
    assertEquals(FieldPlan.Kind.SECOND_OF_FIRST_NAME, event.kind());
    assertEquals(ValueType.STRING, event.type());
  }

  @Test
  void reportsPatternNamesAndMatchesThemByRegex() {
    Result r = run("oddities.xml");
    List<Diagnostic> patterns = of(r, DiagnosticId.PATTERN_NAME);
    assertEquals(
        List.of(
            Fixtures.lineOf("fixtures/oddities.xml", "ReportXSourceSSRC"),
            Fixtures.lineOf("fixtures/oddities.xml", "Line-000000")),
        patterns.stream().map(d -> d.location().line()).toList());
    EventPlan talking = event(r, "Talking");
    assertNull(fields(talking.fields()).get("ReportXSourceSSRC"));
    assertEquals(List.of("Report\\d+SourceSSRC", "Line-\\d+"), talking.headerPatterns());
    assertTrue("Report12SourceSSRC".matches(talking.headerPatterns().get(0)));
  }

  @Test
  void reportsProseEnumsAndKeepsTheParameterAString() {
    Result r = run("oddities.xml");
    Diagnostic prose = of(r, DiagnosticId.PROSE_ENUM).get(0);
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "name=\"EventMask\""), prose.location().line());
    assertTrue(prose.message().contains("system,call,log,..."), prose.message());
    assertEquals(ValueType.STRING, fields(action(r, "Events").fields()).get("EventMask").type());
  }

  @Test
  void reportsAnEnumTypeWithoutValues() {
    Result r = run("oddities.xml", "widgets.overlay");
    Diagnostic d = of(r, DiagnosticId.ENUM_WITHOUT_VALUES).get(0);
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "name=\"EventMask\""), d.location().line());
  }

  @Test
  void generatesOneFilePerEventActionEnumAndTheCatalog() {
    Result r = run("widgets.xml");
    List<String> names =
        r.files().stream().map(f -> f.packageName() + "." + f.typeSpec().name()).toList();
    assertEquals(
        List.of(
            "org.example.widgets.enums.BridgeVideoSourceMode",
            "org.example.widgets.enums.ChannelStateDesc",
            "org.example.widgets.enums.Colour",
            "org.example.widgets.enums.Result",
            "org.example.widgets.enums.Shape",
            "org.example.widgets.event.WidgetEntry",
            "org.example.widgets.event.WidgetListComplete",
            "org.example.widgets.action.Login",
            "org.example.widgets.action.WidgetCreate",
            "org.example.widgets.action.WidgetList",
            "org.example.widgets.WidgetBindings"),
        names);
  }

  @Test
  void stopsAfterAnErrorWithoutFiles() {
    Result r = run("broken.xml");
    assertTrue(r.files().isEmpty());
    assertNull(r.plan());
    assertEquals(1, r.diagnostics().stream().filter(Diagnostic::isError).count());
  }
}
