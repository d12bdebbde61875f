package org.amiframework.processor.internal.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class DefinitionsLoaderTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private Definitions load(String fixture) {
    return DefinitionsLoader.load(Fixtures.path("fixtures/" + fixture), fixture, diagnostics)
        .orElseThrow(() -> new AssertionError("not loaded: " + diagnostics.all()));
  }

  private static List<String> names(List<ParameterDefinition> params) {
    return params.stream().map(ParameterDefinition::name).toList();
  }

  private static ParameterDefinition param(EventDefinition e, String name) {
    return e.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void resolvesIncludesIntoTheSameDocument() {
    ActionDefinition list = load("widgets.xml").action("WidgetList");
    assertEquals(List.of("ActionID", "Colour"), names(list.parameters()));
    assertEquals(
        "ActionID for this transaction. Will be returned.", list.parameters().get(0).description());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void keepsTheLineOfTheOriginalForIncludedCopies() {
    ActionDefinition create = load("widgets.xml").action("WidgetCreate");
    assertEquals(
        Fixtures.lineOf("fixtures/widgets.xml", "<parameter name=\"ActionID\">"),
        create.parameters().get(0).location().line());
  }

  @Test
  void expandsSnapshotsWithTheirPrefixes() {
    EventDefinition entry = load("widgets.xml").event("WidgetEntry");
    List<String> names = names(entry.parameters());
    assertEquals(14 + 14 + 8 + 4, names.size(), names.toString());
    assertEquals(List.of("Channel", "ChannelState", "ChannelStateDesc"), names.subList(0, 3));
    assertEquals(List.of("Uniqueid", "Linkedid", "PeerChannel"), names.subList(12, 15));
    assertTrue(names.containsAll(List.of("Language", "PeerLanguage", "PeerLinkedid")));
    assertTrue(names.containsAll(List.of("BridgeVideoSourceMode", "BridgeVideoSource")));
    ParameterDefinition peerState = param(entry, "PeerChannelStateDesc");
    assertEquals("ChannelStateDesc", peerState.baseName());
    assertEquals(11, peerState.enumValues().size());
    assertEquals(ValueType.INT, param(entry, "PeerChannelState").typeHint());
    assertEquals(
        Fixtures.lineOf("fixtures/widgets.xml", "<channel_snapshot prefix=\"Peer\"/>"),
        peerState.location().line());
  }

  @Test
  void collectsEventsAtAnyDepthAndListStructure() {
    Definitions defs = load("widgets.xml");
    EventDefinition complete = defs.event("WidgetListComplete");
    assertNotNull(complete, "event defined only inside <responses>");
    assertEquals(List.of("system"), complete.classes());
    ActionDefinition list = defs.action("WidgetList");
    assertEquals(List.of("WidgetEntry"), list.listItems());
    assertEquals("WidgetListComplete", list.completionEvent());
    assertEquals(
        List.of("WidgetEntry", "WidgetListComplete"),
        defs.events().stream().map(EventDefinition::name).toList(),
        "the included WidgetEntry copy is no second definition");
  }

  @Test
  void keepsClassesSinceModuleSynopsisRequiredDefaultAndEnums() {
    Definitions defs = load("widgets.xml");
    EventDefinition entry = defs.event("WidgetEntry");
    assertEquals(List.of("call"), entry.classes());
    assertEquals(List.of("21.0.0"), entry.since());
    assertEquals(List.of("res_widget"), entry.modules());
    assertEquals("One widget.", entry.synopsis());
    assertEquals("Widget size in mm, or 0.", param(entry, "Size").description());
    assertEquals(List.of("round", "Square Edge"), param(entry, "Shape").enumNames());
    assertEquals(
        List.of(
            new EnumValue("0", "Success"),
            new EnumValue("2", "Module not found"),
            new EnumValue("4", "InUse&Hold"),
            new EnumValue("-1", null)),
        param(entry, "Result").enumValues(),
        "numbers take a short documented name as label; long prose gives none");
    ActionDefinition create = defs.action("WidgetCreate");
    ParameterDefinition timeout = create.parameters().get(2);
    assertEquals("30000", timeout.defaultValue());
    assertFalse(timeout.required());
    assertTrue(create.parameters().get(1).required(), "required=\"true\"");
    assertTrue(create.parameters().get(4).required(), "required=\"yes\"");
  }

  @Test
  void resolvesNestedIncludesOverSeveralPasses() {
    Definitions defs = load("nested.xml");
    assertEquals(List.of("MiddleOwn", "BaseTwo"), names(defs.event("Copy").parameters()));
    assertEquals(List.of("MiddleOwn", "BaseTwo"), names(defs.event("Middle").parameters()));
    EventDefinition picky = defs.event("Picky");
    assertEquals(List.of("ReportXFoo", "ReportXBar", "Doc"), names(picky.parameters()));
    assertEquals("Second para of BaseOne.", picky.parameters().get(2).description());
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void mergesDuplicatesByNameAndWarnsWithFileAndLine() {
    EventDefinition varSet = load("oddities.xml").event("VarSet");
    assertEquals(List.of("Variable", "Value"), names(varSet.parameters()));
    assertEquals(List.of("call", "dialplan"), varSet.classes());
    assertEquals(List.of("res_a", "res_b"), varSet.modules());
    assertEquals("First definition.", varSet.synopsis());
    Diagnostic d = only(DiagnosticId.DUPLICATE_DEFINITION);
    assertEquals("oddities.xml", d.location().file());
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "name=\"VarSet\" module=\"res_b\""),
        d.location().line());
    assertTrue(d.render().startsWith("[AMI-W004] oddities.xml:"), d.render());
    assertTrue(d.message().contains("res_b") && d.message().contains("res_a"), d.message());
  }

  @Test
  void warnsOfUnknownClassSymbolsAndKeepsTheEvent() {
    EventDefinition talking = load("oddities.xml").event("Talking");
    assertEquals(List.of(), talking.classes());
    Diagnostic d = only(DiagnosticId.UNKNOWN_CLASS);
    assertEquals(Fixtures.lineOf("fixtures/oddities.xml", "EVENT_FLAG_CLASS"), d.location().line());
    assertTrue(d.location().element().contains("managerEventInstance"), d.location().element());
  }

  @Test
  void warnsOfIncludesItCannotResolveAndGoesOn() {
    ActionDefinition events = load("oddities.xml").action("Events");
    assertEquals(List.of("EventMask", "Loop"), names(events.parameters()));
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "manager[@name='Nowhere']"),
        only(DiagnosticId.EMPTY_INCLUDE).location().line());
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "element(/1/2)"),
        only(DiagnosticId.UNSUPPORTED_INCLUDE).location().line());
    assertEquals(
        Fixtures.lineOf("fixtures/oddities.xml", "parameter[@name='Loop']"),
        only(DiagnosticId.INCLUDE_CYCLE).location().line());
  }

  @Test
  void everyOddityNamesTheFileTheLineAndTheElement() {
    load("oddities.xml");
    assertEquals(6, diagnostics.all().size(), diagnostics.all().toString());
    for (Diagnostic d : diagnostics.all()) {
      assertEquals("oddities.xml", d.location().file(), d.render());
      assertTrue(d.location().line() > 0, d.render());
      assertTrue(d.location().element().startsWith("<"), d.render());
      assertTrue(d.render().matches("\\[AMI-W0\\d\\d] oddities\\.xml:\\d+: <.*"), d.render());
    }
  }

  @Test
  void warnsOfUnnamedElements() {
    load("oddities.xml");
    Diagnostic d = only(DiagnosticId.UNNAMED_ELEMENT);
    assertEquals(Fixtures.lineOf("fixtures/oddities.xml", "<parameter/>"), d.location().line());
  }

  @Test
  void reportsMalformedXmlAsAnErrorWithItsLine() {
    Optional<Definitions> defs =
        DefinitionsLoader.load(Fixtures.path("fixtures/broken.xml"), "broken.xml", diagnostics);
    assertTrue(defs.isEmpty());
    Diagnostic d = only(DiagnosticId.XML_NOT_WELL_FORMED);
    assertTrue(d.isError());
    assertEquals(Fixtures.lineOf("fixtures/broken.xml", "</manager>"), d.location().line());
  }

  @Test
  void reportsAMissingFileAsAnError() {
    Optional<Definitions> defs =
        DefinitionsLoader.load(Path.of("no/such/core-en_US.xml"), "core-en_US.xml", diagnostics);
    assertTrue(defs.isEmpty());
    assertTrue(only(DiagnosticId.FILE_NOT_READABLE).isError());
  }

  @Test
  void neverLoadsTheDeclaredDtd() {
    // widgets.xml declares appdocsxml.dtd, which does not exist beside it: loading it would fail
    assertNull(Fixtures.class.getResource("/fixtures/appdocsxml.dtd"));
    assertEquals(3, load("widgets.xml").actions().size());
  }

  private Diagnostic only(DiagnosticId id) {
    List<Diagnostic> found = diagnostics.all().stream().filter(d -> d.id() == id).toList();
    assertEquals(1, found.size(), id + " in " + diagnostics.all());
    return found.get(0);
  }
}
