package org.amiframework.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amiframework.asterisk.AsteriskBindings;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.testsupport.Captures;
import org.amiframework.core.testsupport.SharedCaptures;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.GenerationRequest;
import org.amiframework.processor.internal.plan.EventPlan;
import org.amiframework.processor.internal.plan.FieldPlan;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event of every TCP capture of a real Asterisk 22.10.1, decoded by the stock bindings: each
 * lands in its generated class, every header is accounted for (a typed accessor, a documented
 * family, a dynamic header, or a raw extra still readable), and no typed accessor fails on a real
 * value (a number that does not parse is a mistake of the type table). What the definitions do not
 * know is written to {@code target/} and the log, and pinned below so a change cannot pass
 * silently.
 */
class StockBindingsAgainstCapturesTest {

  private static final Logger LOG = LoggerFactory.getLogger(StockBindingsAgainstCapturesTest.class);

  private static final Path REPORT = Path.of("target", "stock-bindings-vs-captures.txt");

  /**
   * Event names the captures hold that neither 20.20.1 nor 22.10.1 documents: list items and
   * completions of older modules (QueueStatus, QueueSummary, BridgeList, Hangup with a regex),
   * Newexten, and WaitEvent's end.
   */
  private static final List<String> UNDOCUMENTED_EVENTS =
      List.of(
          "BridgeListComplete",
          "ChannelHungup",
          "ChannelsHungupListComplete",
          "Newexten",
          "QueueMember",
          "QueueStatusComplete",
          "QueueSummary",
          "QueueSummaryComplete",
          "WaitEventComplete");

  /**
   * Headers the captures hold that the definition of their event does not document: the list
   * headers of StatusComplete, Status's repeated Variable, QueueParams fields the docs lack, and
   * whatever a UserEvent's sender chose.
   */
  private static final List<String> UNDOCUMENTED_HEADERS =
      List.of(
          "QueueParams.Queue",
          "QueueParams.ServiceLevel",
          "QueueParams.Weight",
          "Status.Variable",
          "StatusComplete.EventList",
          "StatusComplete.ListItems",
          "UserEvent.Chan",
          "UserEvent.Header1",
          "UserEvent.Key1",
          "UserEvent.Key2");

  /** Values of enum headers the documentation does not list. */
  private static final List<String> UNDOCUMENTED_VALUES = List.of();

  @Test
  void everyCapturedEventDecodesToItsClassWithEveryHeaderAccountedFor() throws Exception {
    Bindings stock = new AsteriskBindings();
    CaptureAudit audit = new CaptureAudit(typedFields());
    for (String capture : Captures.names()) {
      for (AmiMessage m : SharedCaptures.messages(capture)) {
        if (m.kind() != MessageKind.EVENT) {
          continue;
        }
        AmiEvent event = stock.decodeEvent(m);
        if (!(event instanceof GenericEvent)) {
          assertSame(stock.event(m.eventName()).javaType(), event.getClass(), m.eventName());
        }
        audit.check(capture, event);
      }
    }
    String report = audit.report();
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    LOG.info("Stock bindings against the captures ({}):\n{}", REPORT.toAbsolutePath(), report);

    assertTrue(audit.typedValues() > 1000, "typed values checked: " + audit.typedValues());
    assertEquals(List.of(), audit.parseFailures(), "typed accessors that failed on real values");
    assertEquals(UNDOCUMENTED_EVENTS, audit.undocumentedEvents(), "see " + REPORT);
    assertEquals(UNDOCUMENTED_HEADERS, audit.undocumentedHeaders(), "see " + REPORT);
    assertEquals(UNDOCUMENTED_VALUES, audit.undocumentedValues(), "see " + REPORT);
  }

  /** Per event name, its typed headers (lower case) as the processor planned the stock classes. */
  private static Map<String, Map<String, FieldPlan>> typedFields() throws IOException {
    Path facts = Path.of("src/main/definitions/asterisk-facts.xml");
    BindingsGenerator.Result r =
        new BindingsGenerator()
            .generate(
                new GenerationRequest(facts, "asterisk-facts.xml", List.of(), "x", "X", "", false));
    Map<String, Map<String, FieldPlan>> out = new TreeMap<>();
    for (EventPlan e : r.plan().events()) {
      Map<String, FieldPlan> byHeader = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      e.fields().forEach(f -> byHeader.put(f.header(), f));
      out.put(e.definition().name(), byHeader);
    }
    return out;
  }
}
