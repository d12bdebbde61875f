package org.amiframework.core.client;

/**
 * What the client does when its bounded event queue is full because listeners are slower than the
 * server. The socket-reading thread never blocks on a listener whatever the policy: Asterisk drops
 * a client whose socket stays full longer than its write timeout (100 ms by default).
 */
public enum OverflowPolicy {
  /** Drop the oldest queued event to make room; count it and log a warning (rate-limited). */
  DROP_OLDEST,
  /** Drop the incoming event; count it and log a warning (rate-limited). */
  DROP_NEWEST,
  /**
   * Stop delivering to listeners: the queue is cleared, the drop is counted, listeners are told via
   * {@link ConnectionListener#onDisconnected} and the connection is closed and re-established so no
   * gap goes unnoticed.
   */
  RECONNECT
}
