package org.amiframework.core.internal.http;

import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.LoginSequence;
import org.amiframework.core.internal.client.Session;
import org.amiframework.core.internal.client.SessionOpener;
import org.amiframework.core.internal.client.SessionTask;
import org.amiframework.core.internal.client.WritePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens HTTP manager sessions, blocking: over {@code /rawman} and {@code /mxml} the shared {@link
 * LoginSequence} (plain, or {@code Challenge} then MD5 key) whose session the cookie then carries;
 * over the Digest URIs no Login at all, the first request proves the credentials, and the {@code
 * Events} action sets the mask a Login would have carried. Then it asks {@code CoreSettings} for
 * the AMI version (HTTP has no greeting) and learns the user's write permissions as every transport
 * does. The session's upkeep polls for events with {@code WaitEvent}, or, with {@code Events: off}
 * (a poll would turn events on), Pings within the session's lifetime.
 */
final class HttpSessionOpener implements SessionOpener {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSessionOpener.class);

  private final AmiClientConfig config;
  private final HttpAmiTransport transport;
  private final ClientCore core;

  HttpSessionOpener(AmiClientConfig config, HttpAmiTransport transport, ClientCore core) {
    this.config = config;
    this.transport = transport;
    this.core = core;
  }

  @Override
  public String endpoint() {
    return transport.endpoint().toString();
  }

  @Override
  public Session open(Listener listener) {
    transport.dropSession();
    HttpSession session = new HttpSession(transport, core, listener);
    listener.opened(session);
    try {
      boolean digest = transport.endpoint().authentication() == HttpEndpoint.Authentication.DIGEST;
      if (!digest) {
        LoginSequence.login(session, config);
      }
      listener.connected(session, amiVersion(session));
      if (digest) {
        LoginSequence.applyEventMask(session, config);
      }
      WritePermissions permissions = LoginSequence.permissions(session, config);
      return new Session(session, permissions, upkeep(session));
    } catch (RuntimeException e) {
      session.close(e);
      throw e;
    }
  }

  private String amiVersion(HttpSession session) {
    try {
      return ClientCore.await(
              session.sendOwn(GenericAction.named("CoreSettings"), config.connectTimeout()))
          .header("AMIversion");
    } catch (AmiActionException e) {
      LOG.info(
          "User '{}' may not run CoreSettings at {}; AMI version unknown",
          config.username(),
          transport.endpoint());
      return null;
    }
  }

  private SessionTask upkeep(HttpSession session) {
    if ("off".equalsIgnoreCase(config.eventMask())) {
      return new PingKeepalive(core.connector(), session, transport, config.pingTimeout());
    }
    return new WaitEventPoller(session, core, transport, core.connector(), config.pingTimeout());
  }
}
