package org.amiframework.testkit.internal;

import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.LoginSequence;
import org.amiframework.core.internal.client.Session;
import org.amiframework.core.internal.client.SessionOpener;
import org.amiframework.core.internal.client.SessionTask;
import org.amiframework.core.internal.client.WritePermissions;

/**
 * Opens sessions with an {@link AmiServer} in the same JVM, without a socket, for core's client
 * (the one every transport shares: its supervisor, reconnects, login and send path): an {@link
 * InMemoryLink} that reads the greeting, then the login and write permissions every transport does.
 * An in-memory connection cannot go half-open, so it needs no keepalive.
 */
public final class InMemorySessionOpener implements SessionOpener {

  private final AmiClientConfig config;
  private final ClientCore core;
  private final AmiServer server;

  /** Opens sessions of a client of {@code server} with this configuration and shared parts. */
  public InMemorySessionOpener(AmiClientConfig config, ClientCore core, AmiServer server) {
    this.config = config;
    this.core = core;
    this.server = server;
  }

  @Override
  public String endpoint() {
    return InMemoryLink.ENDPOINT;
  }

  @Override
  public Session open(Listener listener) {
    InMemoryLink link = new InMemoryLink(core, config.frameLimits(), listener);
    listener.opened(link);
    try {
      String greeting = link.open(server, config.connectTimeout());
      listener.connected(link, greeting.substring(greeting.lastIndexOf('/') + 1).trim());
      LoginSequence.login(link, config);
      WritePermissions permissions = LoginSequence.permissions(link, config);
      return new Session(link, permissions, SessionTask.NONE);
    } catch (RuntimeException e) {
      link.close(e);
      throw e;
    }
  }
}
