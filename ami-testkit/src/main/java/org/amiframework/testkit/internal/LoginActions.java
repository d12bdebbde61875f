package org.amiframework.testkit.internal;

import java.util.List;
import java.util.Map;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeUser;

/** {@code Login}, {@code Challenge} and {@code Logoff}, as {@code action_login()} and co answer. */
final class LoginActions {

  private static final int SYSTEM = PrivilegeClass.SYSTEM.bit();

  private LoginActions() {}

  static void registerInto(Map<String, ActionHandler> handlers) {
    handlers.put("login", LoginActions::login);
    handlers.put("challenge", LoginActions::challenge);
    handlers.put("logoff", LoginActions::logoff);
  }

  private static void login(ActionContext ctx) throws InterruptedException {
    ManagerSession session = ctx.session();
    if (session.isAuthenticated()) {
      ctx.success("Already authenticated");
      return;
    }
    FakeUser user =
        ctx.server()
            .users()
            .authenticate(
                ctx.header("Username"),
                ctx.header("Secret"),
                ctx.header("AuthType"),
                ctx.header("Key"),
                session.state().challenge());
    if (user == null) {
      Thread.sleep(ctx.server().settings().failedLoginDelay().toMillis());
      ctx.error("Authentication failed");
      session.closeAfterPending();
      return;
    }
    int read = Privileges.mask(user.readClasses());
    int write = Privileges.mask(user.writeClasses());
    int sendEvents = session.defaultEventMask(read);
    String events = ctx.header("Events");
    if (events != null && !events.isEmpty()) {
      int mask = Privileges.stringsToMask(events);
      if (mask >= 0) {
        sendEvents = mask;
      }
    }
    AmiMessage accepted = Responses.success(ctx.request(), "Authentication accepted");
    List<AmiMessage> answer =
        (sendEvents & SYSTEM) != 0 && (read & SYSTEM) != 0
            ? List.of(accepted, fullyBooted(ctx.server()))
            : List.of(accepted);
    session.loginAccepted(user, read, write, sendEvents, answer);
  }

  /**
   * The FullyBooted Asterisk writes straight into the session at login: no Timestamp, no
   * SystemName, no filters; Uptime and LastReload since Asterisk 14 (AMI 3).
   */
  private static AmiMessage fullyBooted(AmiServer server) {
    AmiMessage.Builder b =
        AmiMessage.builder()
            .add("Event", "FullyBooted")
            .add("Privilege", Privileges.authorityToString(SYSTEM));
    if (server.settings().amiMajor() >= 3) {
      String uptime = Long.toString(server.uptime().toSeconds());
      b.add("Uptime", uptime).add("LastReload", uptime);
    }
    return b.add("Status", "Fully Booted").build();
  }

  private static void challenge(ActionContext ctx) {
    String authType = ctx.header("AuthType");
    if (authType == null || !authType.equalsIgnoreCase("MD5")) {
      ctx.error("Must specify AuthType");
      return;
    }
    ManagerSession session = ctx.session();
    if (session.state().challenge() == null) {
      session.state().challenge(ctx.server().settings().challenges().get());
    }
    ctx.respond(
        Responses.start("Success", ctx.request())
            .add("Challenge", session.state().challenge())
            .build());
  }

  private static void logoff(ActionContext ctx) {
    ctx.respond(
        Responses.start("Goodbye", ctx.request())
            .add("Message", "Thanks for all the fish.")
            .build());
    ctx.session().closeAfterPending();
  }
}
