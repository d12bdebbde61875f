package org.amiframework.processor.internal.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.DefinitionsLoader;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.definitions.ParameterDefinition;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the facts of several versions unite: order, required flags, enum values, versions. */
class FactsMergerTest {

  private static final String V21 =
      """
      <docs>
        <manager name="WidgetPaint">
          <syntax>
            <parameter name="Colour" required="true">
              <enumlist><enum name="red"/><enum name="green"/></enumlist>
            </parameter>
            <parameter name="Legacy"/>
            <parameter name="Size" required="true" default="1"/>
          </syntax>
        </manager>
        <manager name="WidgetBurn"/>
        <managerEvent name="ChannelTalkingStart">
          <managerEventInstance class="EVENT_FLAG_CLASS"/>
        </managerEvent>
      </docs>
      """;

  private static final String V22 =
      """
      <docs>
        <manager name="widgetpaint">
          <syntax>
            <parameter name="Colour" required="yes">
              <enumlist><enum name="red"/><enum name="blue"/></enumlist>
            </parameter>
            <parameter name="Size" default="2"/>
            <parameter name="Shape"/>
          </syntax>
        </manager>
        <managerEvent name="ChannelTalkingStart">
          <managerEventInstance class="EVENT_FLAG_CLASS"/>
        </managerEvent>
      </docs>
      """;

  @TempDir Path dir;

  private FactsMerger.Source source(String version, String xml) throws IOException {
    Path file = dir.resolve("core-" + version + ".xml");
    Files.writeString(file, xml);
    return new FactsMerger.Source(
        version,
        file.getFileName().toString(),
        DefinitionsLoader.load(file, file.toString(), new Diagnostics()).orElseThrow());
  }

  private Facts merged() throws IOException {
    return FactsMerger.merge(List.of(source("21.0.0", V21), source("22.0.0", V22)));
  }

  @Test
  void theNewestVersionComesFirstAndNamesTheAction() throws IOException {
    Facts facts = merged();
    assertEquals(List.of("22.0.0", "21.0.0"), facts.versions());
    VersionedDefinition<ActionDefinition> paint = facts.actions().get(1);
    assertEquals("widgetpaint", paint.definition().name());
    assertEquals(List.of("22.0.0", "21.0.0"), paint.versions());
    assertEquals(List.of("21.0.0"), facts.actions().get(0).versions());
  }

  @Test
  void aParameterOnlyAnOlderVersionHasFollowsItsPredecessorThere() throws IOException {
    VersionedDefinition<ActionDefinition> paint = merged().actions().get(1);
    assertEquals(
        List.of("Colour", "Legacy", "Size", "Shape"),
        paint.definition().parameters().stream().map(ParameterDefinition::name).toList());
    assertEquals(List.of("21.0.0"), paint.versionsOf("Legacy"));
    assertEquals(List.of("22.0.0"), paint.versionsOf("Shape"));
    assertEquals(List.of("22.0.0", "21.0.0"), paint.versionsOf("Colour"));
  }

  @Test
  void requiredOnlyWhereEveryVersionRequiresIt() throws IOException {
    List<ParameterDefinition> p = merged().actions().get(1).definition().parameters();
    assertTrue(p.get(0).required(), "Colour: required in both");
    assertFalse(p.get(2).required(), "Size: required in 21 only");
    assertEquals("2", p.get(2).defaultValue(), "the newest default");
    assertEquals(List.of("red", "blue", "green"), p.get(0).enumNames());
  }

  @Test
  void anEventWithoutARealClassGetsTheOneAsteriskUsesWithTheReason() throws IOException {
    VersionedDefinition<EventDefinition> talking = merged().events().get(0);
    assertEquals(List.of("call"), talking.definition().classes());
    assertTrue(talking.correction().contains("no privilege class"), talking.correction());
  }
}
