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
import org.amiframework.asterisk.action.CoreShowChannels;
import org.amiframework.asterisk.enums.ChannelStateDesc;
import org.amiframework.asterisk.enums.DialEndDialStatus;
import org.amiframework.asterisk.event.AttendedTransfer;
import org.amiframework.asterisk.event.BlindTransfer;
import org.amiframework.asterisk.event.CoreShowChannel;
import org.amiframework.asterisk.event.DialBegin;
import org.amiframework.asterisk.event.DialEnd;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.asterisk.event.Newchannel;
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

  private static final CoreShowChannels LIST_CHANNELS = CoreShowChannels.builder().build();

  private final Map<String, Call> calls = new ConcurrentHashMap<>();

  @Inject Console console;
  @Inject AmiRuntime runtime;

  @OnEvent
  void channelCreated(Newchannel channel) {
    String callId = channel.linkedid();
    if (!Channels.startsCall(channel.uniqueid(), callId)) {
      Call call = calls.get(callId);
      if (call != null) {
        call.addChannel(channel.uniqueid());
      }
      return;
    }
    Call call =
        new Call(
            Channels.number(channel.callerIdNum()),
            channel.exten(),
            channel.context(),
            Instant.now());
    call.addChannel(channel.uniqueid());
    if (calls.putIfAbsent(callId, call) == null) {
      String name = channel.callerIdName();
      print(call, "started" + (Channels.isKnown(name) ? ", caller \"" + name + "\"" : ""));
    }
  }

  @OnEvent
  void ringing(DialBegin dial) {
    Call call = calls.get(callIdOf(dial.linkedid(), dial.destLinkedid()));
    if (call != null) {
      call.ringing(Instant.now());
      print(call, "ringing " + Channels.device(dial.destChannel()));
    }
  }

  @OnEvent
  void dialEnded(DialEnd dial) {
    Call call = calls.get(callIdOf(dial.linkedid(), dial.destLinkedid()));
    if (call == null) {
      return;
    }
    String callee = Channels.device(dial.destChannel());
    if (dial.dialStatus() == DialEndDialStatus.ANSWER) {
      Duration rang = call.answer(Instant.now());
      print(call, "answered by " + callee + " after " + Console.duration(rang));
    } else {
      // As Asterisk wrote it: a status newer than the bindings reads UNRECOGNIZED as an enum.
      print(call, callee + " did not answer (" + dial.header("DialStatus") + ")");
    }
  }

  @OnEvent
  void blindTransfer(BlindTransfer transfer) {
    Call call = calls.get(transfer.transfereeLinkedid());
    if (call != null) {
      print(
          call,
          "transferred to "
              + transfer.extension()
              + " by "
              + Channels.device(transfer.transfererChannel()));
    }
  }

  @OnEvent
  void attendedTransfer(AttendedTransfer transfer) {
    Call call = calls.get(transfer.origTransfererLinkedid());
    if (call != null) {
      print(
          call,
          "transferred to "
              + Channels.number(transfer.secondTransfererConnectedLineNum())
              + " by "
              + Channels.device(transfer.origTransfererChannel())
              + " after consulting");
    }
  }

  @OnEvent
  void channelGone(Hangup hangup) {
    String callId = hangup.linkedid();
    Call call = calls.get(callId);
    if (call == null) {
      return;
    }
    if (Channels.startsCall(hangup.uniqueid(), callId)) {
      call.hangupCause(hangup.causeTxt() + " (" + hangup.cause() + ")");
    }
    if (call.removeChannel(hangup.uniqueid())) {
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
    String server =
        pbx.config().httpEndpoint() != null
            ? pbx.config().httpEndpoint().toString()
            : pbx.config().host() + ":" + pbx.config().port();
    List<CoreShowChannel> channels;
    try {
      channels = pbx.sendAndWait(LIST_CHANNELS).items();
    } catch (AmiException e) {
      console.print(
          Topic.LINK, "logged in to " + server + ", cannot list calls: " + e.getMessage());
      return;
    }
    Map<String, List<CoreShowChannel>> inProgress =
        channels.stream()
            .collect(groupingBy(CoreShowChannel::linkedid, LinkedHashMap::new, toList()));
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

  private void pickUp(String callId, List<CoreShowChannel> channels) {
    // The channel that started the call may be gone already (a transfer outlives it).
    CoreShowChannel first =
        channels.stream()
            .filter(c -> Channels.startsCall(c.uniqueid(), c.linkedid()))
            .findFirst()
            .orElse(channels.get(0));
    Duration age = Channels.age(first.duration());
    Call call =
        new Call(
            Channels.number(first.callerIdNum()),
            first.exten(),
            first.context(),
            Instant.now().minus(age));
    channels.forEach(c -> call.addChannel(c.uniqueid()));
    if (first.channelStateDesc() == ChannelStateDesc.UP) {
      call.answeredBeforeMonitoring();
    }
    if (calls.putIfAbsent(callId, call) == null) {
      String state = first.header("ChannelStateDesc");
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
  private static String callIdOf(String linkedid, String destLinkedid) {
    return linkedid != null ? linkedid : destLinkedid;
  }
}
