package org.amiframework.core.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.amiframework.core.message.AmiMessage;

/**
 * The actions a {@link ScriptedAmiServer} answers by itself, as Asterisk 22 does (see the captures
 * a1, a2, a4, b-ping, f-listcommands, i-challenge-*): before login only Login, Challenge and Logoff
 * are allowed, anything else gets {@code Permission denied}.
 */
final class StandardActions {

  /** A few lines of admin's ListCommands (capture f-listcommands). */
  static final List<String> ADMIN_COMMANDS =
      List.of(
          "Command: Execute Asterisk CLI Command.  (Priv: command,all)",
          "CoreShowChannels: List currently active channels.  (Priv: system,reporting,all)",
          "Hangup: Hangup channel.  (Priv: system,call,all)",
          "ListCommands: List available manager commands.  (Priv: <none>)",
          "Login: Login Manager.  (Priv: <none>)",
          "Logoff: Logoff Manager.  (Priv: <none>)",
          "Originate: Originate a call.  (Priv: originate,all)",
          "Ping: Keepalive command.  (Priv: <none>)",
          "Status: List channel status.  (Priv: system,call,reporting,all)",
          "UserEvent: Send an arbitrary event.  (Priv: user,all)");

  private static final List<String> OPEN_BEFORE_LOGIN = List.of("login", "challenge", "logoff");

  private StandardActions() {}

  static ActionHandler handler(String action) {
    ActionHandler standard =
        switch (action.toLowerCase(Locale.ROOT)) {
          case "login" -> StandardActions::login;
          case "challenge" -> StandardActions::challenge;
          case "logoff" -> StandardActions::logoff;
          case "ping" -> StandardActions::ping;
          case "listcommands" -> StandardActions::listCommands;
          case "" -> (s, a) -> s.respond(a, "Error", "Message", "Missing action in request");
          default -> StandardActions::unknown;
        };
    return (session, message) -> {
      if (!session.loggedIn() && !OPEN_BEFORE_LOGIN.contains(action.toLowerCase(Locale.ROOT))) {
        session.respond(message, "Error", "Message", "Permission denied");
      } else {
        standard.handle(session, message);
      }
    };
  }

  /** {@code md5(challenge + secret)} in lower-case hex, as Asterisk's authenticate() computes. */
  static String md5Key(String challenge, String secret) throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("MD5")
            .digest((challenge + secret).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  private static void login(ServerSession session, AmiMessage action) throws Exception {
    String user = action.get("Username");
    String secret = user == null ? null : session.config().users.get(user);
    boolean accepted;
    if ("md5".equalsIgnoreCase(action.get("AuthType"))) {
      String challenge = session.challenge();
      accepted =
          secret != null
              && challenge != null
              && md5Key(challenge, secret).equals(action.get("Key"));
    } else {
      accepted = secret != null && secret.equals(action.get("Secret"));
    }
    if (!accepted) {
      Thread.sleep(session.config().failedLoginDelay.toMillis());
      session.respond(action, "Error", "Message", "Authentication failed");
      session.closeSocket();
      return;
    }
    session.loggedIn(true);
    session.send(
        ServerSession.response(action, "Success", "Message", "Authentication accepted"),
        AmiMessage.of(
            "Event", "FullyBooted",
            "Privilege", "system,all",
            "Uptime", "121",
            "LastReload", "121",
            "Status", "Fully Booted"));
  }

  private static void challenge(ServerSession session, AmiMessage action) throws Exception {
    if (!"md5".equalsIgnoreCase(action.get("AuthType"))) {
      session.respond(action, "Error", "Message", "Must specify AuthType");
      return;
    }
    if (session.challenge() == null) {
      session.challenge(Integer.toString(ThreadLocalRandom.current().nextInt(1, 999_999_999)));
    }
    session.respond(action, "Success", "Challenge", session.challenge());
  }

  private static void logoff(ServerSession session, AmiMessage action) throws Exception {
    session.respond(action, "Goodbye", "Message", "Thanks for all the fish.");
    session.closeSocket();
  }

  private static void ping(ServerSession session, AmiMessage action) throws Exception {
    session.respond(action, "Success", "Ping", "Pong", "Timestamp", "1795389269.553645");
  }

  private static void listCommands(ServerSession session, AmiMessage action) throws Exception {
    AmiMessage.Builder b = ServerSession.response(action, "Success").toBuilder();
    for (String line : session.config().listCommands) {
      int colon = line.indexOf(':');
      b.add(line.substring(0, colon), line.substring(colon + 2));
    }
    session.send(b.build());
  }

  private static void unknown(ServerSession session, AmiMessage action) throws Exception {
    session.respond(
        action,
        "Error",
        "Message",
        "Invalid/unknown command: "
            + action.actionName()
            + ". Use Action: ListCommands to show available commands.");
  }
}
