package org.amiframework.core.client;

/**
 * Hears connection lifecycle changes, on the client's delivery thread. All methods default to doing
 * nothing.
 */
public interface ConnectionListener {

  /** The socket is open and the greeting read. */
  default void onConnected(String amiVersion) {}

  /** The login was accepted; {@code reconnect} is true after a reconnect. */
  default void onLoggedIn(boolean reconnect) {}

  /** The connection dropped (or was closed, then {@code cause} is null). */
  default void onDisconnected(Throwable cause) {}

  /** Reconnection gave up or the client was closed; no more events follow. */
  default void onClosed() {}
}
