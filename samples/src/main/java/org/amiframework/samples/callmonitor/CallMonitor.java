package org.amiframework.samples.callmonitor;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.EventListResult;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiException;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.ServerLifecycle;
import org.amiframework.samples.callmonitor.Console.Topic;

/**
 * Follows every call and prints a line each time one starts, rings, is answered, is transferred or
 * ends. A call is the set of channels sharing the Linkedid of the channel that started it.
 *
 * <p>At every login it lists the channels already up ({@code CoreShowChannels}), so calls that
 * began before the monitor are followed too.
 */
@AmiHandler
public class CallMonitor {

  private static final GenericAction<EventListResult<AmiEvent>> LIST_CHANNELS =
      GenericAction.list("CoreShowChannels", "CoreShowChannelsComplete");

  private final Map<String, Call> calls = new ConcurrentHashMap<>();

  @Inject Console console;
  @Inject AmiRuntime runtime;

  @OnEvent("Newchannel")
  void channelCreated(AmiEvent channel) {
    String callId = channel.header("Linkedid");
    if (!Channels.startsCall(channel)) {
      Call call = calls.get(callId);
      if (call != null) {
        call.addChannel(channel.header("Uniqueid"));
      }
      return;
    }
    Call call =
        new Call(
            Channels.number(channel.header("CallerIDNum")),
            channel.header("Exten"),
            channel.header("Context"),
            Instant.now());
    call.addChannel(channel.header("Uniqueid"));
    if (calls.putIfAbsent(callId, call) == null) {
      String name = channel.header("CallerIDName");
      print(call, "started" + (Channels.isKnown(name) ? ", caller \"" + name + "\"" : ""));
    }
  }

  @OnEvent("DialBegin")
  void ringing(AmiEvent dial) {
    Call call = calls.get(callIdOf(dial));
    if (call != null) {
      call.ringing(Instant.now());
      print(call, "ringing " + Channels.device(dial.header("DestChannel")));
    }
  }

  @OnEvent("DialEnd")
  void dialEnded(AmiEvent dial) {
    Call call = calls.get(callIdOf(dial));
    if (call == null) {
      return;
    }
    String callee = Channels.device(dial.header("DestChannel"));
    String status = dial.header("DialStatus");
    if ("ANSWER".equals(status)) {
      Duration rang = call.answer(Instant.now());
      print(call, "answered by " + callee + " after " + Console.duration(rang));
    } else {
      print(call, callee + " did not answer (" + status + ")");
    }
  }

  @OnEvent("BlindTransfer")
  void blindTransfer(AmiEvent transfer) {
    Call call = calls.get(transfer.header("TransfereeLinkedid"));
    if (call != null) {
      print(
          call,
          "transferred to "
              + transfer.header("Extension")
              + " by "
              + Channels.device(transfer.header("TransfererChannel")));
    }
  }

  @OnEvent("AttendedTransfer")
  void attendedTransfer(AmiEvent transfer) {
    Call call = calls.get(transfer.header("OrigTransfererLinkedid"));
    if (call != null) {
      print(
          call,
          "transferred to "
              + Channels.number(transfer.header("SecondTransfererConnectedLineNum"))
              + " by "
              + Channels.device(transfer.header("OrigTransfererChannel"))
              + " after consulting");
    }
  }

  @OnEvent("Hangup")
  void channelGone(AmiEvent hangup) {
    String callId = hangup.header("Linkedid");
    Call call = calls.get(callId);
    if (call == null) {
      return;
    }
    if (Channels.startsCall(hangup)) {
      call.hangupCause(hangup.header("Cause-txt") + " (" + hangup.header("Cause") + ")");
    }
    if (call.removeChannel(hangup.header("Uniqueid"))) {
      calls.remove(callId);
      print(call, call.endSummary(Instant.now()));
    }
  }

  /**
   * Lists the channels already up and follows their calls. This observer runs on the client's
   * delivery thread, which hands the server's events over only once it returns: waiting for the
   * list here means no event can overtake it, so a call that ends meanwhile is still seen ending.
   */
  void pickUpCallsInProgress(@Observes ServerLifecycle.LoggedIn login) {
    AmiClient pbx = runtime.client(login.server());
    String server = pbx.config().host() + ":" + pbx.config().port();
    List<AmiEvent> channels;
    try {
      channels = pbx.sendAndWait(LIST_CHANNELS).items();
    } catch (AmiException e) {
      console.print(
          Topic.LINK, "logged in to " + server + ", cannot list calls: " + e.getMessage());
      return;
    }
    Map<String, List<AmiEvent>> inProgress =
        channels.stream()
            .collect(groupingBy(c -> c.header("Linkedid"), LinkedHashMap::new, toList()));
    console.print(
        Topic.LINK,
        "logged in to "
            + server
            + " (AMI "
            + pbx.amiVersion()
            + "), "
            + inProgress.size()
            + (inProgress.size() == 1 ? " call" : " calls")
            + " in progress");
    inProgress.forEach(this::pickUp);
  }

  /** Asterisk's events during an outage are lost: forget the calls, relist them at login. */
  void connectionLost(@Observes ServerLifecycle.Disconnected disconnected) {
    disconnected
        .failure()
        .ifPresent(
            cause -> {
              calls.clear();
              console.print(Topic.LINK, "connection lost (" + cause.getMessage() + ")");
            });
  }

  private void pickUp(String callId, List<AmiEvent> channels) {
    // The channel that started the call may be gone already (a transfer outlives it).
    AmiEvent first =
        channels.stream().filter(Channels::startsCall).findFirst().orElse(channels.get(0));
    Duration age = Channels.age(first.header("Duration"));
    Call call =
        new Call(
            Channels.number(first.header("CallerIDNum")),
            first.header("Exten"),
            first.header("Context"),
            Instant.now().minus(age));
    channels.forEach(c -> call.addChannel(c.header("Uniqueid")));
    String state = first.header("ChannelStateDesc");
    if ("Up".equals(state)) {
      call.answeredBeforeMonitoring();
    }
    if (calls.putIfAbsent(callId, call) == null) {
      print(call, "in progress for " + Console.duration(age) + " (" + state + ")");
    }
  }

  /** How many calls it follows now. */
  public int callsInProgress() {
    return calls.size();
  }

  private void print(Call call, String change) {
    console.print(Topic.CALL, call.title() + "  " + change);
  }

  /** A dial from the dialplan names the calling channel; one from Originate has only the callee. */
  private static String callIdOf(AmiEvent dial) {
    String linkedid = dial.header("Linkedid");
    return linkedid != null ? linkedid : dial.header("DestLinkedid");
  }
}
