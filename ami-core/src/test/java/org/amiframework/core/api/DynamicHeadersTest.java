package org.amiframework.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headers any event may carry; and the processor's copy of the rule (it cannot depend on
 * ami-core) decides every name the same way, so compile-time and deployment-time checks agree.
 */
class DynamicHeadersTest {

  private static final List<String> DYNAMIC =
      List.of(
          "Event",
          "privilege",
          "Timestamp",
          "SequenceNumber",
          "File",
          "Line",
          "Func",
          "SystemName",
          "ActionID",
          "Tenantid",
          "DestTenantid",
          "ChanVariable",
          "DestChanVariable",
          "ChanVariable(PJSIP/100-00000001)");

  private static final List<String> DOCUMENTED_ONLY =
      List.of("Channel", "Context", "Uniqueid", "Variable", "ChanVariables", "Tenant", "Eventlist");

  @Test
  void theEnvelopeAndSnapshotExtrasAreDynamicWhateverTheirCase() {
    DYNAMIC.forEach(h -> assertTrue(DynamicHeaders.isDynamic(h), h));
    DYNAMIC.forEach(h -> assertTrue(DynamicHeaders.isDynamic(h.toUpperCase()), h));
    DOCUMENTED_ONLY.forEach(h -> assertFalse(DynamicHeaders.isDynamic(h), h));
  }

  @Test
  void theProcessorsCopyAgrees() {
    for (String h : concat(DYNAMIC, DOCUMENTED_ONLY)) {
      assertEquals(
          DynamicHeaders.isDynamic(h),
          org.amiframework.processor.internal.handlers.DynamicHeaders.isDynamic(h),
          h);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
