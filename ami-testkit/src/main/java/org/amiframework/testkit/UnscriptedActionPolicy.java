package org.amiframework.testkit;

/**
 * How the fake answers an action Asterisk has (it is in the action table, so permissions and
 * ListCommands treat it as real) but for which neither a stub nor a built-in behaviour exists.
 */
public enum UnscriptedActionPolicy {
  /** {@code Response: Success} with a message naming the action: handlers under test go on. */
  SUCCEED,
  /** {@code Response: Error} with that message: a test notices every action it did not script. */
  FAIL
}
