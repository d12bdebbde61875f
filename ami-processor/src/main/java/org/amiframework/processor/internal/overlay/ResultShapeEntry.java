package org.amiframework.processor.internal.overlay;

import java.util.List;

/**
 * How an action is answered, as an overlay says.
 *
 * @param kind single response, event list or Command output
 * @param items the item events of a list (empty: not known)
 * @param completionEvent the event that completes a list, or null
 */
public record ResultShapeEntry(Kind kind, List<String> items, String completionEvent) {

  /** The three ways AMI answers an action. */
  public enum Kind {
    /** One response. */
    SINGLE,
    /** An event list ended by a completion event. */
    LIST,
    /** The output of the Command action. */
    COMMAND
  }

  /** Copies. */
  public ResultShapeEntry {
    items = List.copyOf(items);
  }
}
