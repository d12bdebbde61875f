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
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.AuthenticationException;
import org.amiframework.core.client.ConnectionLostException;

/**
 * Logs a connection in: {@code Login} with {@code Secret}, or {@code Challenge} then {@code Login}
 * with {@code Key = md5(challenge + secret)} in lower-case hex (Asterisk compares it with {@code
 * strcmp}). Adds the configured {@code Events:} mask. The secret and the key only ever travel in
 * the action; every message here names the user and the server, never them.
 */
final class LoginSequence {

  private LoginSequence() {}

  /**
   * Logs in, blocking until the server answered.
   *
   * @throws AuthenticationException when the server refuses the credentials or the challenge
   * @throws AmiTimeoutException when it does not answer in time
   * @throws AmiConnectException when it closes the connection before answering
   */
  static void login(Connection connection, AmiClientConfig config) {
    Duration timeout = config.connectTimeout();
    GenericAction<AmiResponse> login = GenericAction.named("Login");
    if (config.authType() == AuthType.MD5) {
      GenericAction<AmiResponse> challenge =
          GenericAction.named("Challenge").with("AuthType", "MD5");
      String value =
          step(connection, config, challenge, timeout, "MD5 challenge").header("Challenge");
      if (value == null || value.isEmpty()) {
        throw new AuthenticationException(
            "MD5 challenge from " + connection.endpoint() + " carried no Challenge header");
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
    step(connection, config, login, timeout, "login");
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
      Connection connection,
      AmiClientConfig config,
      GenericAction<AmiResponse> action,
      Duration timeout,
      String what) {
    try {
      return Blocking.await(connection.sendOwn(action, timeout));
    } catch (AmiActionException e) {
      String reason = e.response() == null ? e.getMessage() : e.response().text();
      throw new AuthenticationException(
          what
              + " as user '"
              + config.username()
              + "' refused by "
              + connection.endpoint()
              + ": "
              + reason,
          e);
    } catch (AmiTimeoutException e) {
      throw new AmiTimeoutException(
          what
              + " at "
              + connection.endpoint()
              + " not answered within "
              + timeout.toMillis()
              + " ms",
          e);
    } catch (ConnectionLostException e) {
      throw new AmiConnectException(
          connection.endpoint() + " closed the connection during the " + what, e);
    }
  }
}
