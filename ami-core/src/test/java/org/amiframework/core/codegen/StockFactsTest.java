package org.amiframework.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amiframework.asterisk.AsteriskBindings;
import org.amiframework.asterisk.action.Originate;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.EventType;
import org.amiframework.processor.tools.FactsExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed facts file is what the extractor makes of the real documentation files today, so
 * the stock bindings cannot drift from the tool that is documented to regenerate them.
 */
class StockFactsTest {

  /** The committed file, relative to the module (Maven runs tests there). */
  private static final Path COMMITTED = Path.of("src/main/definitions/asterisk-facts.xml");

  @Test
  void theCommittedFactsAreTheExtractorsOutputForBothVersions(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("asterisk-facts.xml");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status =
        FactsExtractor.run(
            new String[] {
              out.toString(),
              RealDefinitions.file("20.20.1").toString(),
              RealDefinitions.file("22.10.1").toString()
            },
            new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
    assertEquals(
        Files.readString(out),
        Files.readString(COMMITTED),
        "regenerate " + COMMITTED + " as ami-processor/BINDINGS.md says");
  }

  @Test
  void theStockBindingsHoldTheUnionOfBothVersions() {
    AsteriskBindings stock = new AsteriskBindings();
    assertEquals(union("manager"), names(stock.actions().stream().map(ActionType::name)));
    assertEquals(union("managerEvent"), names(stock.events().stream().map(EventType::name)));
    assertEquals(Hangup.TYPE, stock.event("Hangup"));
    assertEquals(Originate.TYPE, stock.action("originate"));
  }

  private static Set<String> union(String element) {
    Set<String> all = new TreeSet<>(RealDefinitions.distinctNames("20.20.1", element));
    all.addAll(RealDefinitions.distinctNames("22.10.1", element));
    return all;
  }

  private static Set<String> names(Stream<String> names) {
    return names.collect(Collectors.toCollection(TreeSet::new));
  }
}
