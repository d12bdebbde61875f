package org.amiframework.runtime;

/** Live counters of the runtime's dispatching; every {@code long} is monotonic. */
public interface RuntimeMetrics {

  /** Events handed to the lanes (from clients and {@link AmiRuntime#publish}). */
  long eventsAccepted();

  /** Events taken off a lane and dispatched to their handlers. */
  long eventsDispatched();

  /**
   * Events not dispatched: arrived after shutdown began, or still queued when the drain ran out.
   */
  long eventsDiscarded();

  /** Handler method calls that returned normally. */
  long handlerInvocations();

  /** Handler method calls that threw. */
  long handlerFailures();

  /**
   * Events waiting in the lanes now, those a client's delivery thread holds to hand on in one run
   * included.
   */
  int eventsQueued();
}
