package org.amiframework.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * What happens to the connection of a configured server, fired as CDI events:
 *
 * <pre>{@code
 * void reconnected(@Observes ServerLifecycle.Reconnected e) { resync(e.server()); }
 * void anyChange(@Observes ServerLifecycle e) { log.info("{}", e); }
 * }</pre>
 *
 * <p>Observers are called synchronously on the client's delivery thread, in the order the changes
 * happen; they are not ordered against event handlers, which run on lanes. An observer that throws
 * is logged and does not affect the connection. Keep observers short: while one runs, no event of
 * that server is handed to the lanes.
 */
public sealed interface ServerLifecycle
    permits ServerLifecycle.Connected,
        ServerLifecycle.LoggedIn,
        ServerLifecycle.Disconnected,
        ServerLifecycle.Reconnected,
        ServerLifecycle.Closed {

  /** The configured name of the server. */
  String server();

  /**
   * The socket is open and the greeting read.
   *
   * @param server the configured server name
   * @param amiVersion the AMI version from the greeting
   */
  record Connected(String server, String amiVersion) implements ServerLifecycle {
    /** Validates. */
    public Connected {
      Objects.requireNonNull(server, "server");
    }
  }

  /**
   * The login was accepted (after the first connect and after every reconnect).
   *
   * @param server the configured server name
   */
  record LoggedIn(String server) implements ServerLifecycle {
    /** Validates. */
    public LoggedIn {
      Objects.requireNonNull(server, "server");
    }
  }

  /**
   * The connection dropped or was closed. Events sent by the server meanwhile are lost: resync
   * state on {@link Reconnected}.
   *
   * @param server the configured server name
   * @param cause why it dropped, or null when it was closed on purpose
   */
  record Disconnected(String server, Throwable cause) implements ServerLifecycle {
    /** Validates. */
    public Disconnected {
      Objects.requireNonNull(server, "server");
    }

    /** Why it dropped; empty when closed on purpose. */
    public Optional<Throwable> failure() {
      return Optional.ofNullable(cause);
    }
  }

  /**
   * Logged in again after a drop; fired right after the {@link LoggedIn} of that login.
   *
   * @param server the configured server name
   */
  record Reconnected(String server) implements ServerLifecycle {
    /** Validates. */
    public Reconnected {
      Objects.requireNonNull(server, "server");
    }
  }

  /**
   * The client was closed or gave up reconnecting: no more events come from this server.
   *
   * @param server the configured server name
   */
  record Closed(String server) implements ServerLifecycle {
    /** Validates. */
    public Closed {
      Objects.requireNonNull(server, "server");
    }
  }
}
