package org.amiframework.processor.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.GenerationRequest;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facts extractor on the real documentation files: bindings generated from the facts of a file
 * have the same API as bindings generated from the file itself, and the facts of both files hold
 * every action and event of either.
 */
class FactsExtractorTest {

  /** Plans of the real files, made once: each takes seconds. */
  private static final Map<String, BindingsPlan> REAL_PLANS = new ConcurrentHashMap<>();

  @TempDir Path dir;

  private static BindingsPlan realPlan(String version) {
    return REAL_PLANS.computeIfAbsent(version, v -> generate(real(v)).plan());
  }

  private static Path real(String version) {
    return Fixtures.sharedDir().resolve("asterisk/docs/core-en_US-" + version + ".xml");
  }

  private Path extract(String name, Path... inputs) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of(out.toString()));
    for (Path p : inputs) {
      args.add(p.toString());
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status = FactsExtractor.run(args.toArray(String[]::new), new PrintStream(log, true));
    assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
    return out;
  }

  private static BindingsGenerator.Result generate(Path file) {
    return new BindingsGenerator()
        .generate(
            new GenerationRequest(
                file, file.getFileName().toString(), List.of(), "t", "T", "", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20.20.1", "22.10.1"})
  void bindingsFromTheFactsOfAFileHaveTheApiOfBindingsFromTheFile(String version) {
    BindingsPlan original = realPlan(version);
    BindingsGenerator.Result fromFacts = generate(extract("facts.xml", real(version)));
    List<String> expected = new ArrayList<>(PlanSummary.of(original));
    // The one correction the facts make: the class the documentation gets wrong.
    for (String talking : List.of("ChannelTalkingStart", "ChannelTalkingStop")) {
      int i =
          expected.indexOf(
              expected.stream()
                  .filter(l -> l.contains(" " + talking + " "))
                  .findFirst()
                  .orElseThrow());
      expected.set(i, expected.get(i).replace("classes=[]", "classes=[call]"));
    }
    assertEquals(expected, PlanSummary.of(fromFacts.plan()));
  }

  @Test
  void theFactsOfBothFilesWarnOnlyAboutWhatTheStockBindingsSuppress() {
    BindingsGenerator.Result r = generate(extract("facts.xml", real("20.20.1"), real("22.10.1")));
    Set<String> ids = new TreeSet<>();
    r.diagnostics().stream().map(Diagnostic::id).forEach(id -> ids.add(id.code()));
    // pattern names, names that are no Java identifiers, actions defined by several modules
    assertEquals(Set.of("AMI-W003", "AMI-W004", "AMI-W005"), ids, r.diagnostics().toString());
  }

  @Test
  void theFactsOfBothFilesHoldEveryActionAndEventOfEitherWithTheirVersions() throws IOException {
    Path facts = extract("facts.xml", real("22.10.1"), real("20.20.1"));
    BindingsPlan plan = generate(facts).plan();
    Set<String> actions = new TreeSet<>();
    Set<String> events = new TreeSet<>();
    for (String v : List.of("20.20.1", "22.10.1")) {
      BindingsPlan p = realPlan(v);
      p.actions().forEach(a -> actions.add(a.definition().name()));
      p.events().forEach(e -> events.add(e.definition().name()));
    }
    assertEquals(actions, names(plan.actions().stream().map(a -> a.definition().name())));
    assertEquals(events, names(plan.events().stream().map(e -> e.definition().name())));
    String text = Files.readString(facts);
    assertTrue(
        text.contains("<manager name=\"SIPpeers\" module=\"chan_sip\" versions=\"20.20.1\">"));
    assertTrue(text.contains("<managerEvent name=\"Hangup\" versions=\"22.10.1 20.20.1\">"));
    assertTrue(text.contains("<parameter name=\"UserAgent\" versions=\"22.10.1\"/>"), "22 only");
  }

  @Test
  void theSameFilesGiveTheSameBytesWhateverTheirOrder() throws IOException {
    Path a = extract("a.xml", real("20.20.1"), real("22.10.1"));
    Path b = extract("b.xml", real("22.10.1"), real("20.20.1"));
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void badArgumentsAndBadFilesAreReportedWithoutWritingAnything() throws IOException {
    Path out = dir.resolve("out.xml");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(log, true);
    assertEquals(2, FactsExtractor.run(new String[] {out.toString()}, err));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("usage: FactsExtractor"));

    Path unversioned = dir.resolve("core-en_US.xml");
    Files.writeString(unversioned, "<docs/>");
    assertEquals(1, FactsExtractor.run(new String[] {out.toString(), unversioned.toString()}, err));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("give it as VERSION="));

    Path broken = Fixtures.path("fixtures/broken.xml");
    assertEquals(1, FactsExtractor.run(new String[] {out.toString(), "21.0=" + broken}, err));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("[AMI-E002]"));
    assertTrue(Files.notExists(out));
  }

  private static Set<String> names(java.util.stream.Stream<String> names) {
    return names.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }
}
