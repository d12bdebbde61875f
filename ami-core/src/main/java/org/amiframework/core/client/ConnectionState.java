package org.amiframework.core.client;

/** Where a client's connection stands. */
public enum ConnectionState {
  /** Not connected yet, or {@link AmiClient#connect()} not called. */
  NEW,
  /** Opening the socket or logging in. */
  CONNECTING,
  /** Logged in; actions may be sent. */
  CONNECTED,
  /** The connection dropped; reconnecting. */
  RECONNECTING,
  /** Closed by the application, or gave up; final. */
  CLOSED
}
