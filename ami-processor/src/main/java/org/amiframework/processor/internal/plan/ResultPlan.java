package org.amiframework.processor.internal.plan;

import com.palantir.javapoet.ClassName;

/**
 * What sending an action yields.
 *
 * @param kind single response, event list or command output
 * @param itemType the class list items are typed as (an event class or AmiEvent), or null
 * @param completionEvent the event completing a list, or null
 */
public record ResultPlan(Kind kind, ClassName itemType, String completionEvent) {

  /** The three answers of AMI. */
  public enum Kind {
    /** {@code AmiResponse}. */
    SINGLE,
    /** {@code EventListResult<item>}. */
    LIST,
    /** {@code CommandResult}. */
    COMMAND
  }

  /** A single response. */
  public static ResultPlan single() {
    return new ResultPlan(Kind.SINGLE, null, null);
  }
}
