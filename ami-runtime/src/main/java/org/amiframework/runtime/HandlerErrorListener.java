package org.amiframework.runtime;

/**
 * Hears about handlers that threw. Implement it in a CDI bean: every such bean is called, on the
 * lane thread of the failed handler, after the failure has been logged and counted. A listener that
 * throws is logged and ignored; neither affects other handlers or the connection.
 */
@FunctionalInterface
public interface HandlerErrorListener {

  /** One handler failed on one event. */
  void onHandlerError(HandlerFailure failure);
}
