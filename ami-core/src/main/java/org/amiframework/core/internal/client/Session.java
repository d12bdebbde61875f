package org.amiframework.core.internal.client;

import java.util.Objects;

/**
 * A logged-in link with what was learned while opening it. Public only for the other internal
 * packages.
 *
 * @param link the link the session's actions travel on
 * @param permissions what the user may run
 * @param upkeep its keepalive or event polling, started once the session is active
 */
public record Session(SessionLink link, WritePermissions permissions, SessionTask upkeep) {

  /** Checks that nothing is missing. */
  public Session {
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(permissions, "permissions");
    Objects.requireNonNull(upkeep, "upkeep");
  }
}
