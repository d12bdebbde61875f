package org.amiframework.core.internal.client;

/**
 * Work that runs for as long as one session is active and watches over it: the keepalive Pings of a
 * TCP connection, the {@code WaitEvent} polling of an HTTP session. When it finds the session dead
 * it ends the session's {@link SessionLink}. Public only for the other internal packages.
 */
public interface SessionTask {

  /** A session needing no such work. */
  SessionTask NONE =
      new SessionTask() {
        @Override
        public void start() {}

        @Override
        public void stop() {}
      };

  /** Starts the work, once the session is active. */
  void start();

  /** Stops the work (idempotent); the session has ended or the client is closing. */
  void stop();
}
