package org.amiframework.core.internal.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of opening a session that every transport shares, over any {@link SessionLink}: the
 * {@code Login} with {@code Secret}, or {@code Challenge} then {@code Login} with {@code Key =
 * md5(challenge + secret)} in lower-case hex (Asterisk compares it with {@code strcmp}), with the
 * configured {@code Events:} mask; and the learning of the user's write permissions from {@code
 * ListCommands}; and the {@code Logoff} of links that answer on their own. The secret and the key
 * only ever travel in the action; every message here names the user and the server, never them.
 * Public only for the other internal packages.
 */
public final class LoginSequence {

  private static final Logger LOG = LoggerFactory.getLogger(LoginSequence.class);

  private LoginSequence() {}

  /**
   * Logs in, blocking until the server answered.
   *
   * @throws AuthenticationException when the server refuses the credentials or the challenge
   * @throws AmiTimeoutException when it does not answer in time
   * @throws AmiConnectException when the link ends before the answer
   */
  public static void login(SessionLink link, AmiClientConfig config) {
    GenericAction<AmiResponse> login = GenericAction.named("Login");
    if (config.authType() == AuthType.MD5) {
      GenericAction<AmiResponse> challenge =
          GenericAction.named("Challenge").with("AuthType", "MD5");
      String value = step(link, config, challenge, "MD5 challenge").header("Challenge");
      if (value == null || value.isEmpty()) {
        throw new AuthenticationException(
            "MD5 challenge from " + link.endpoint() + " carried no Challenge header");
      }
      login =
          login
              .with("AuthType", "MD5")
              .with("Username", config.username())
              .with("Key", md5Key(value, config.secret()));
    } else {
      login = login.with("Username", config.username()).with("Secret", config.secret());
    }
    if (config.eventMask() != null) {
      login = login.with("Events", config.eventMask());
    }
    step(link, config, login, "login");
  }

  /**
   * Sets the configured event mask with the {@code Events} action, for a transport that
   * authenticates without a Login to carry it (HTTP Digest); nothing when none is configured.
   *
   * @throws AuthenticationException when the server refuses it
   */
  public static void applyEventMask(SessionLink link, AmiClientConfig config) {
    if (config.eventMask() != null) {
      step(
          link,
          config,
          GenericAction.named("Events").with("EventMask", config.eventMask()),
          "Events");
    }
  }

  /**
   * What the user may run: as configured, unknown when not wanted, else learned from {@code
   * ListCommands}. A refusal or a missing answer leaves them unknown (the server then decides),
   * unless the link ended meanwhile.
   *
   * @throws AmiException when the link ended while asking
   */
  public static WritePermissions permissions(SessionLink link, AmiClientConfig config) {
    if (config.writeClasses() != null) {
      return WritePermissions.configured(config.writeClasses());
    }
    if (!config.learnWriteClasses()) {
      return WritePermissions.UNKNOWN;
    }
    try {
      AmiResponse list =
          Blocking.await(
              link.sendOwn(GenericAction.named("ListCommands"), config.connectTimeout()));
      WritePermissions learned = WritePermissions.fromListCommands(list);
      LOG.debug("Learned from ListCommands at {}: {}", link.endpoint(), learned);
      return learned;
    } catch (AmiException e) {
      if (!link.isOpen()) {
        throw e;
      }
      LOG.warn(
          "Could not learn the write permissions of '{}' at {} ({}); actions are not checked"
              + " locally",
          config.username(),
          link.endpoint(),
          e.getMessage());
      return WritePermissions.UNKNOWN;
    }
  }

  /**
   * Logs off a link whose answers need no thread of the client's own (HTTP, in memory): sends
   * {@code Logoff} and waits for the goodbye at most {@code timeout}; a missing one is only logged.
   */
  public static void logoff(SessionLink link, Duration timeout) {
    try {
      Blocking.await(link.sendOwn(GenericAction.named("Logoff"), timeout));
    } catch (AmiException e) {
      LOG.debug("Logoff from {} not confirmed: {}", link.endpoint(), e.getMessage());
    }
  }

  /** {@code md5(challenge + secret)} as 32 lower-case hex digits. */
  static String md5Key(String challenge, String secret) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      byte[] digest = md5.digest((challenge + secret).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks MD5, which every JDK must have", e);
    }
  }

  private static AmiResponse step(
      SessionLink link, AmiClientConfig config, GenericAction<AmiResponse> action, String what) {
    Duration timeout = config.connectTimeout();
    try {
      return Blocking.await(link.sendOwn(action, timeout));
    } catch (AmiActionException e) {
      String reason = e.response() == null ? e.getMessage() : e.response().text();
      throw new AuthenticationException(
          what
              + " as user '"
              + config.username()
              + "' refused by "
              + link.endpoint()
              + ": "
              + reason,
          e);
    } catch (AmiTimeoutException e) {
      throw new AmiTimeoutException(
          what + " at " + link.endpoint() + " not answered within " + timeout.toMillis() + " ms",
          e);
    } catch (ConnectionLostException e) {
      throw new AmiConnectException(
          "connection to " + link.endpoint() + " lost during the " + what, e);
    }
  }
}
