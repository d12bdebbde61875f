package org.amiframework.processor.internal.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amiframework.processor.Fixtures;
import org.amiframework.processor.internal.BindingsGenerator;
import org.amiframework.processor.internal.GenerationRequest;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.amiframework.processor.internal.plan.EventPlan;
import org.amiframework.processor.internal.plan.FieldPlan;
import org.junit.jupiter.api.Test;

/**
 * The stock type table against real traffic: every value a real Asterisk 22.10.1 sent for a header
 * the bindings type as a number, flag or duration must parse as one, or the typed accessor would
 * hide a valid value behind null.
 */
class StockTypesAgainstCapturesTest {

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
  private static final List<String> TRUTH =
      List.of("yes", "true", "y", "t", "1", "on", "no", "false", "n", "f", "0", "off");

  @Test
  void everyCapturedValueOfATypedHeaderParses() throws IOException {
    Path shared = Fixtures.sharedDir();
    Path xml = shared.resolve("asterisk/docs/core-en_US-22.10.1.xml");
    BindingsPlan plan =
        new BindingsGenerator()
            .generate(new GenerationRequest(xml, "core.xml", List.of(), "t", "T", "", false))
            .plan();
    Map<String, Map<String, ValueType>> types = new HashMap<>();
    for (EventPlan e : plan.events()) {
      Map<String, ValueType> byHeader = new HashMap<>();
      for (FieldPlan f : e.fields()) {
        byHeader.put(f.header(), f.type());
      }
      types.put(e.definition().name(), byHeader);
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.list(shared.resolve("asterisk/captures"))) {
      for (Path rx : files.filter(p -> p.toString().endsWith(".rx")).sorted().toList()) {
        String text = new String(Files.readAllBytes(rx), StandardCharsets.ISO_8859_1);
        for (String block : text.split("\r\n\r\n")) {
          String[] lines = block.split("\r\n");
          if (!lines[0].startsWith("Event: ")) {
            continue;
          }
          Map<String, ValueType> byHeader = types.getOrDefault(lines[0].substring(7), Map.of());
          for (String line : lines) {
            int colon = line.indexOf(": ");
            ValueType t = colon < 0 ? null : byHeader.get(line.substring(0, colon));
            if (t == null || line.length() == colon + 2) {
              continue;
            }
            checked++;
            String value = line.substring(colon + 2);
            if (!parses(t, value)) {
              failures.add(rx.getFileName() + ": " + lines[0] + " / " + line + " is no " + t);
            }
          }
        }
      }
    }
    assertTrue(checked > 1000, "typed values checked: " + checked);
    assertEquals(List.of(), failures.stream().distinct().toList());
  }

  private static boolean parses(ValueType type, String value) {
    return switch (type) {
      case INT, LONG, DURATION_SECONDS -> INTEGER.matcher(value.trim()).matches();
      case BOOLEAN -> TRUTH.contains(value.trim().toLowerCase(java.util.Locale.ROOT));
      case DECIMAL -> value.trim().matches("-?\\d+(\\.\\d+)?");
      default -> true;
    };
  }
}
