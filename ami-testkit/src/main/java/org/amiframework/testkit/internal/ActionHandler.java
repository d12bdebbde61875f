package org.amiframework.testkit.internal;

/** The fake's own behaviour for one action, as a {@code action_xxx()} function is in Asterisk. */
@FunctionalInterface
interface ActionHandler {

  /** Answers the action; runs on the session's reading thread, one action at a time. */
  void handle(ActionContext context) throws InterruptedException;
}
