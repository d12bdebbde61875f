package org.amiframework.processor.internal.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class OverlayParserTest {

  private final Diagnostics diagnostics = new Diagnostics();

  private Overlay parse(String text) {
    return OverlayParser.parse(text, "my.overlay", diagnostics);
  }

  @Test
  void readsEverySection() {
    Overlay o =
        parse(
            """
            # comment
            [write-classes]
            WidgetReset: config, system   # trailing comment
            WidgetPing: none
            [result-shapes]
            WidgetList: list WidgetEntry -> WidgetListComplete
            WidgetMix: list A, B -> MixComplete
            WidgetUnknown: list -> Done
            Shell: command
            Status: single
            [types]
            Size: int
            WidgetEntry.Colour: string
            """);
    assertEquals(List.of("system", "config"), o.writeClasses("widgetreset"), "table order");
    assertEquals(List.of(), o.writeClasses("WidgetPing"));
    assertNull(o.writeClasses("Other"));
    ResultShapeEntry list = o.resultShape("WidgetList");
    assertEquals(ResultShapeEntry.Kind.LIST, list.kind());
    assertEquals(List.of("WidgetEntry"), list.items());
    assertEquals("WidgetListComplete", list.completionEvent());
    assertEquals(List.of("A", "B"), o.resultShape("WidgetMix").items());
    assertEquals(List.of(), o.resultShape("WidgetUnknown").items());
    assertEquals(ResultShapeEntry.Kind.COMMAND, o.resultShape("Shell").kind());
    assertEquals(ResultShapeEntry.Kind.SINGLE, o.resultShape("Status").kind());
    assertEquals(ValueType.INT, o.type("Anything", "size"));
    assertEquals(ValueType.STRING, o.type("WidgetEntry", "Colour"));
    assertNull(o.type("Other", "Colour"));
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
  }

  @Test
  void reportsBadLinesWithFileAndLineAndSkipsThem() {
    Overlay o =
        parse(
            """
            Orphan: int
            [types]
            Size: integer
            [write-classes]
            A: system, wizard
            [result-shapes]
            B: list WidgetEntry
            [colours]
            """);
    List<Diagnostic> all = diagnostics.all();
    assertEquals(5, all.size(), all.toString());
    assertTrue(all.stream().allMatch(d -> d.id() == DiagnosticId.BAD_OVERLAY_LINE));
    assertEquals(List.of(1, 3, 5, 7, 8), all.stream().map(d -> d.location().line()).toList());
    assertTrue(all.get(0).render().startsWith("[AMI-W010] my.overlay:1: "), all.get(0).render());
    assertNull(o.type("X", "Size"));
    assertEquals(List.of("system"), o.writeClasses("A"), "the good class is kept");
    assertNull(o.resultShape("B"));
  }

  @Test
  void variablesIsATypeOfActionParametersThatALaterOverlayCanUndo() {
    Overlay base = parse("[types]\nMyOriginate.Variable: variables\n");
    assertTrue(base.isVariables("MyOriginate", "Variable"));
    assertFalse(base.isVariables("Other", "Variable"));
    Overlay undone = base.overriddenBy(parse("[types]\nMyOriginate.Variable: string\n"));
    assertFalse(undone.isVariables("MyOriginate", "Variable"));
    assertEquals(ValueType.STRING, undone.type("MyOriginate", "Variable"));
  }

  @Test
  void aLaterOverlayWins() {
    Overlay base = parse("[types]\nSize: int\nCount: int\n");
    Overlay top = parse("[types]\nSize: string\n");
    Overlay merged = base.overriddenBy(top);
    assertEquals(ValueType.STRING, merged.type("E", "Size"));
    assertEquals(ValueType.INT, merged.type("E", "Count"));
  }

  @Test
  void theStockOverlayLoadsCleanly() {
    Overlay stock = StockOverlay.load(diagnostics);
    assertTrue(diagnostics.all().isEmpty(), diagnostics.all().toString());
    assertEquals(List.of("system", "call", "reporting"), stock.writeClasses("Status"));
    assertEquals(List.of(), stock.writeClasses("Ping"));
    assertEquals(List.of("originate"), stock.writeClasses("Originate"));
    assertEquals(ResultShapeEntry.Kind.COMMAND, stock.resultShape("Command").kind());
    assertEquals("StatusComplete", stock.resultShape("Status").completionEvent());
    assertEquals(ValueType.INT, stock.type("Hangup", "Cause"));
    assertTrue(stock.isVariables("Originate", "Variable"));
    assertFalse(stock.isVariables("Setvar", "Variable"), "there it is a variable name");
    assertEquals(ValueType.STRING, stock.type("Newexten", "Priority"));
    assertEquals(ValueType.STRING, stock.type("Hangup", "Uniqueid"));
  }
}
