package org.amiframework.core.internal.http;

import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.internal.client.ClientCore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an HTTP manager session, blocking: over {@code /rawman} and {@code /mxml} a {@code Login}
 * action (plain, or {@code Challenge} then MD5 key) whose session the cookie then carries; over the
 * Digest URIs no Login at all, the first request proves the credentials. Then it asks {@code
 * CoreSettings} for the AMI version (HTTP has no greeting) and, unless configured or not wanted,
 * {@code ListCommands} for the user's write permissions, as the TCP client does.
 */
final class HttpSessionOpener {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSessionOpener.class);

  private final AmiClientConfig config;
  private final HttpAmiTransport transport;
  private final HttpActionCaller caller;
  private final ClientCore core;

  HttpSessionOpener(
      AmiClientConfig config,
      HttpAmiTransport transport,
      HttpActionCaller caller,
      ClientCore core) {
    this.config = config;
    this.transport = transport;
    this.caller = caller;
    this.core = core;
  }

  /**
   * Opens a session.
   *
   * @return the server's AMI version, or null when the user may not ask for it
   * @throws AmiException as {@link org.amiframework.core.client.AmiClient#connect()} documents
   */
  String open() {
    transport.dropSession();
    if (transport.endpoint().authentication() == HttpEndpoint.Authentication.LOGIN_ACTION) {
      login();
    }
    String version = amiVersion();
    if (transport.endpoint().authentication() == HttpEndpoint.Authentication.DIGEST
        && config.eventMask() != null) {
      // No Login carries the mask over Digest; the Events action sets it on the session.
      step(GenericAction.named("Events").with("EventMask", config.eventMask()), "Events");
    }
    learnPermissions();
    return version;
  }

  private void login() {
    GenericAction<AmiResponse> login = GenericAction.named("Login");
    if (config.authType() == AuthType.MD5) {
      String challenge =
          step(GenericAction.named("Challenge").with("AuthType", "MD5"), "MD5 challenge")
              .header("Challenge");
      if (challenge == null || challenge.isEmpty()) {
        throw new AuthenticationException(
            "MD5 challenge from " + transport.endpoint() + " carried no Challenge header");
      }
      login =
          login
              .with("AuthType", "MD5")
              .with("Username", config.username())
              .with("Key", ClientCore.md5Key(challenge, config.secret()));
    } else {
      login = login.with("Username", config.username()).with("Secret", config.secret());
    }
    if (config.eventMask() != null) {
      login = login.with("Events", config.eventMask());
    }
    step(login, "login");
  }

  private String amiVersion() {
    try {
      return ClientCore.await(
              caller.call(GenericAction.named("CoreSettings"), config.connectTimeout()))
          .header("AMIversion");
    } catch (AmiActionException e) {
      LOG.info(
          "User '{}' may not run CoreSettings at {}; AMI version unknown",
          config.username(),
          transport.endpoint());
      return null;
    }
  }

  private void learnPermissions() {
    if (config.writeClasses() != null || !config.learnWriteClasses()) {
      return;
    }
    try {
      core.learnWriteClasses(
          ClientCore.await(
              caller.call(GenericAction.named("ListCommands"), config.connectTimeout())));
    } catch (AmiActionException e) {
      LOG.warn(
          "Could not learn the write permissions of '{}' at {} ({}); actions are not checked"
              + " locally",
          config.username(),
          transport.endpoint(),
          e.getMessage());
    }
  }

  private AmiResponse step(AmiAction<AmiResponse> action, String what) {
    try {
      return ClientCore.await(caller.call(action, config.connectTimeout()));
    } catch (AmiActionException e) {
      String reason = e.response() == null ? e.getMessage() : e.response().text();
      throw new AuthenticationException(
          what
              + " as user '"
              + config.username()
              + "' refused by "
              + transport.endpoint()
              + ": "
              + reason,
          e);
    }
  }
}
