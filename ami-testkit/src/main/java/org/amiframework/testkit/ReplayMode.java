package org.amiframework.testkit;

/** How a replayed capture treats the ActionIDs it recorded. */
public enum ReplayMode {
  /** Bytes exactly as recorded: the client must send the recorded ActionIDs to recognise them. */
  AS_RECORDED,
  /**
   * Response N answers the client's action N: its ActionID becomes that action's, and every later
   * event carrying the recorded ID (list items, OriginateResponse) is rewritten the same way.
   */
  REWRITE_ACTION_IDS
}
