package org.amiframework.core.client;

/** Live counters of a client; every method reads a monotonic counter. */
public interface ClientMetrics {

  /** Events read from the socket. */
  long eventsReceived();

  /** Events dropped by the overflow policy. */
  long eventsDropped();

  /** Events currently waiting for delivery. */
  int eventsQueued();

  /** Actions written to the socket. */
  long actionsSent();

  /** Actions that failed by timeout. */
  long actionsTimedOut();

  /** Stream errors reported by the frame reader. */
  long frameErrors();

  /** Successful reconnections. */
  long reconnects();
}
