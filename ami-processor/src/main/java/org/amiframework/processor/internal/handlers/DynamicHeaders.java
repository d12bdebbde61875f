package org.amiframework.processor.internal.handlers;

import java.util.Locale;
import java.util.Set;

/**
 * The headers Asterisk may put on any event besides those its definition documents: the envelope
 * ({@code Event}, {@code Privilege}, {@code Timestamp}, {@code SequenceNumber}, {@code File},
 * {@code Line}, {@code Func}, {@code SystemName}), {@code ActionID}, and per channel snapshot, with
 * any prefix, {@code Tenantid} and {@code ChanVariable}, or the classic {@code
 * ChanVariable(<channel>)}.
 *
 * <p>The same rule as {@code org.amiframework.core.api.DynamicHeaders}, which the runtime applies
 * at deployment; this module cannot depend on ami-core, so it keeps a copy, and a test of ami-core
 * checks that both agree.
 */
public final class DynamicHeaders {

  private static final Set<String> ENVELOPE =
      Set.of(
          "event",
          "privilege",
          "timestamp",
          "sequencenumber",
          "file",
          "line",
          "func",
          "systemname",
          "actionid");

  private DynamicHeaders() {}

  /** Whether any event may carry {@code header} whatever its definition documents. */
  public static boolean isDynamic(String header) {
    String h = header.trim().toLowerCase(Locale.ROOT);
    return ENVELOPE.contains(h)
        || h.endsWith("tenantid")
        || h.endsWith("chanvariable")
        || (h.startsWith("chanvariable(") && h.endsWith(")"));
  }
}
