package org.amiframework.core.api;

import java.util.Locale;
import java.util.Set;

/**
 * The headers Asterisk may put on any event besides those its definition documents, so no
 * definitions file lists them and no check of user code may call them unknown:
 *
 * <ul>
 *   <li>the envelope of every event: {@code Event}, {@code Privilege}, {@code Timestamp} ({@code
 *       timestampevents}), {@code SequenceNumber}, {@code File}, {@code Line}, {@code Func}
 *       (manager debug) and {@code SystemName};
 *   <li>{@code ActionID}, on list items and other answers to an action;
 *   <li>per channel snapshot, with any snapshot prefix: {@code Tenantid} (when set, 18.25+) and the
 *       {@code ChanVariable} lines of {@code channelvars} ({@code DestChanVariable}); and the
 *       classic API's {@code ChanVariable(<channel>)}.
 * </ul>
 *
 * <p>Names compare case-insensitively, as Asterisk compares header names.
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
