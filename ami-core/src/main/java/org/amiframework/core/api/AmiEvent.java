package org.amiframework.core.api;

import java.util.Set;
import org.amiframework.core.message.AmiMessage;

/**
 * An event received from (or, in tests, emitted as if by) Asterisk.
 *
 * <p>Generated event classes are typed views over the raw {@link AmiMessage}: every header stays
 * reachable through {@link #message()}, including those the definitions did not document.
 */
public interface AmiEvent {

  /** The event name as Asterisk wrote it ({@code Hangup}, {@code QueueCallerJoin}, ...). */
  String name();

  /** The raw message, every header in wire order. */
  AmiMessage message();

  /**
   * The event's privilege classes: for a generated event those its definition declares; for a
   * generic event those of its {@code Privilege:} header (empty when it has none, as list items).
   */
  Set<PrivilegeClass> privilegeClasses();

  /** The first value of a header (case-insensitive), or null. */
  default String header(String name) {
    return message().get(name);
  }

  /** The {@code ActionID} this event answers (list items, OriginateResponse), or null. */
  default String actionId() {
    return message().actionId();
  }
}
