package org.amiframework.core.client;

import org.amiframework.core.api.AmiEvent;

/**
 * Receives events, on the client's delivery thread (never the socket-reading thread), in the order
 * the server sent them. It may send actions and wait for their results.
 */
@FunctionalInterface
public interface EventListener {

  /** One event. */
  void onEvent(AmiEvent event);
}
