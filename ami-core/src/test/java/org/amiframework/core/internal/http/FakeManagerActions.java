package org.amiframework.core.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amiframework.core.message.AmiMessage;

/**
 * The actions {@link FakeHttpAsterisk} understands, answered in the shape of Asterisk 22.10.1's
 * replies in {@code captures/k-http} (header order, messages, lists as one reply). Not a PBX: an
 * Originate queues a fixed set of call events, CoreShowChannels lists two fixed channels.
 */
final class FakeManagerActions {

  static final Map<String, String> SECRETS = Map.of("admin", "adminpw", "nobody", "nopw");

  private final Consumer<AmiMessage> broadcast;
  private final java.util.function.IntSupplier waitCapSeconds;

  /**
   * @param broadcast queues an event for every session
   * @param waitCapSeconds the longest a WaitEvent waits ({@code httptimeout - 10})
   */
  FakeManagerActions(
      Consumer<AmiMessage> broadcast, java.util.function.IntSupplier waitCapSeconds) {
    this.broadcast = broadcast;
    this.waitCapSeconds = waitCapSeconds;
  }

  /** The messages of the reply to one request's fields; empty for a kicked-out WaitEvent. */
  List<AmiMessage> handle(FakeHttpSession session, AmiMessage request) throws InterruptedException {
    String action = request.get("Action");
    String id = request.get("ActionID");
    if (action == null || action.isEmpty()) {
      return List.of(response(id, "Error", "Message", "Missing action in request"));
    }
    String name = action.toLowerCase(java.util.Locale.ROOT);
    if (!session.authenticated() && !List.of("login", "challenge", "logoff").contains(name)) {
      return List.of(response(id, "Error", "Message", "Permission denied"));
    }
    if ("nobody".equals(session.user) && List.of("originate", "command").contains(name)) {
      return List.of(response(id, "Error", "Message", "Permission denied"));
    }
    return switch (name) {
      case "login" -> List.of(login(session, request, id));
      case "challenge" -> {
        session.challenge = "840215317";
        yield List.of(response(id, "Success", "Challenge", session.challenge));
      }
      case "logoff" -> List.of(response(id, "Goodbye", "Message", "Thanks for all the fish."));
      case "ping" ->
          List.of(response(id, "Success", "Ping", "Pong", "Timestamp", "1795389405.953589"));
      case "coresettings" ->
          List.of(
              response(
                  id,
                  "Success",
                  "AMIversion",
                  "11.0.0",
                  "AsteriskVersion",
                  "22.10.1",
                  "SystemName",
                  "amitest"));
      case "listcommands" ->
          List.of(
              response(
                  id,
                  "Success",
                  "Ping",
                  "Keepalive command.  (Priv: <none>)",
                  "Originate",
                  "Originate a call.  (Priv: originate,all)",
                  "Command",
                  "Execute Asterisk CLI Command.  (Priv: command,all)"));
      case "events" -> {
        session.eventsOn = !"off".equalsIgnoreCase(request.get("EventMask"));
        yield List.of(response(id, "Success", "Events", session.eventsOn ? "On" : "Off"));
      }
      case "originate" -> originate(request, id);
      case "command" -> command(request.get("Command"), id);
      case "coreshowchannels" -> coreShowChannels(id);
      case "waitevent" -> waitEvent(session, request, id);
      default ->
          List.of(
              response(
                  id,
                  "Error",
                  "Message",
                  "Invalid/unknown command: "
                      + action
                      + ". Use Action: ListCommands to show available commands."));
    };
  }

  private static AmiMessage login(FakeHttpSession session, AmiMessage request, String id) {
    String user = request.get("Username");
    String secret = user == null ? null : SECRETS.get(user);
    boolean ok;
    if ("MD5".equalsIgnoreCase(request.get("AuthType"))) {
      ok =
          secret != null
              && session.challenge != null
              && FakeDigestSessions.md5(session.challenge + secret).equals(request.get("Key"));
    } else {
      ok = secret != null && secret.equals(request.get("Secret"));
    }
    if (!ok) {
      return response(id, "Error", "Message", "Authentication failed");
    }
    session.user = user;
    session.eventsOn = !"off".equalsIgnoreCase(request.get("Events"));
    return response(id, "Success", "Message", "Authentication accepted");
  }

  private List<AmiMessage> originate(AmiMessage request, String id) {
    String channel = request.get("Channel");
    broadcast.accept(
        AmiMessage.of(
            "Event",
            "Newchannel",
            "Privilege",
            "call,all",
            "SystemName",
            "amitest",
            "Channel",
            channel + "-00000012;1",
            "CallerIDNum",
            "<unknown>",
            "Uniqueid",
            "amitest-1795389405.36"));
    broadcast.accept(
        AmiMessage.of(
            "Event",
            "OriginateResponse",
            "Privilege",
            "call,all",
            "SystemName",
            "amitest",
            "ActionID",
            id == null ? "" : id,
            "Response",
            "Success",
            "Channel",
            channel + "-00000012;1",
            "Reason",
            "4"));
    return List.of(response(id, "Success", "Message", "Originate successfully queued"));
  }

  private static List<AmiMessage> command(String cli, String id) {
    if ("core show version".equals(cli)) {
      return List.of(
          response(
              id,
              "Success",
              "Message",
              "Command output follows",
              "Output",
              "Asterisk 22.10.1 built by root @ vm on a x86_64 running Linux"));
    }
    return List.of(
        response(
            id,
            "Error",
            "Message",
            "Command output follows",
            "Output",
            "No such command '" + cli + "' (type 'core show help " + cli + "' for help)"));
  }

  private static List<AmiMessage> coreShowChannels(String id) {
    List<AmiMessage> out = new ArrayList<>();
    out.add(response(id, "Success", "EventList", "start", "Message", "Channels will follow"));
    for (String channel : List.of("Local/200@test-00000013;2", "Local/200@test-00000013;1")) {
      out.add(
          AmiMessage.of(
              "Event",
              "CoreShowChannel",
              "ActionID",
              String.valueOf(id),
              "Channel",
              channel,
              "ChannelStateDesc",
              "Up",
              "CallerIDNum",
              "<unknown>",
              "AccountCode",
              "",
              "Application",
              "Wait",
              "ApplicationData",
              "1"));
    }
    out.add(
        AmiMessage.of(
            "Event",
            "CoreShowChannelsComplete",
            "ActionID",
            String.valueOf(id),
            "EventList",
            "Complete",
            "ListItems",
            "2"));
    return out;
  }

  private List<AmiMessage> waitEvent(FakeHttpSession session, AmiMessage request, String id)
      throws InterruptedException {
    int timeout = Integer.parseInt(request.find("Timeout").orElse("-1"));
    int cap = Math.max(0, waitCapSeconds.getAsInt());
    int seconds = timeout < 0 || timeout > cap ? cap : timeout;
    session.eventsOn = true; // an HTTP WaitEvent turns a silent session's events on
    List<AmiMessage> events = session.await(seconds * 1000L);
    if (events == null) {
      return List.of();
    }
    List<AmiMessage> out = new ArrayList<>();
    out.add(response(id, "Success", "Message", "Waiting for Event completed."));
    out.addAll(events);
    out.add(
        id == null
            ? AmiMessage.of("Event", "WaitEventComplete")
            : AmiMessage.of("Event", "WaitEventComplete", "ActionID", id));
    return out;
  }

  /** A response in Asterisk's header order: Response, ActionID (if any), then the rest. */
  static AmiMessage response(String id, String status, String... rest) {
    AmiMessage.Builder b = AmiMessage.builder().add("Response", status);
    if (id != null && !id.isEmpty()) {
      b.add("ActionID", id);
    }
    for (int i = 0; i < rest.length; i += 2) {
      b.add(rest[i], rest[i + 1]);
    }
    return b.build();
  }
}
