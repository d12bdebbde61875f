package org.amiframework.samples.callmonitor;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.amiframework.asterisk.action.DBPut;
import org.amiframework.asterisk.action.UserEvent;
import org.amiframework.asterisk.event.BridgeEnter;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.asterisk.event.Newchannel;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.ServerLifecycle;
import org.amiframework.runtime.Where;
import org.amiframework.samples.callmonitor.Console.Topic;

/**
 * Notices inbound calls nobody answered and tells the PBX: a {@code UserEvent} named {@value
 * #USER_EVENT} that every AMI client (a wallboard, a CRM) can react to, and an AstDB entry under
 * {@code missed/<extension>} that the dialplan or a phone's missed-call list can read.
 *
 * <p>A call counts as answered once its first channel enters a bridge, whoever answered it (a
 * phone, a queue agent); one that hangs up before is missed, wherever the dialplan sent it.
 */
@AmiHandler
public class MissedCallNotifier {

  /** The dialplan context inbound calls from the public network arrive in. */
  public static final String INBOUND_CONTEXT = "from-pstn";

  /** The name of the UserEvent sent for each missed call. */
  public static final String USER_EVENT = "MissedCall";

  /** The AstDB family missed calls are recorded under, followed by {@code /<extension>}. */
  public static final String DB_FAMILY = "missed";

  /** An inbound call not answered yet. */
  private record Ringing(String caller, String dialed, Instant arrived) {}

  /** By the Uniqueid of the call's first channel. */
  private final Map<String, Ringing> unanswered = new ConcurrentHashMap<>();

  @Inject Console console;

  @OnEvent
  @Where(header = "Context", equals = INBOUND_CONTEXT)
  void inboundCall(Newchannel channel) {
    if (Channels.startsCall(channel.uniqueid(), channel.linkedid())) {
      unanswered.put(
          channel.uniqueid(),
          new Ringing(Channels.number(channel.callerIdNum()), channel.exten(), Instant.now()));
    }
  }

  @OnEvent
  void connected(BridgeEnter bridgeEnter) {
    unanswered.remove(bridgeEnter.uniqueid());
  }

  /**
   * Not filtered by context: by the time a caller hangs up, the dialplan may have moved it
   * elsewhere (to voicemail, say), and that call was missed all the same.
   */
  @OnEvent
  void hungUp(Hangup hangup, AmiClient pbx) {
    Ringing missed = unanswered.remove(hangup.uniqueid());
    if (missed == null) {
      return;
    }
    Duration waited = Duration.between(missed.arrived(), Instant.now());
    String family = DB_FAMILY + "/" + missed.dialed();
    pbx.sendAndWait(
        UserEvent.builder()
            .userEvent(USER_EVENT)
            .header("CallerIDNum", missed.caller())
            .header("Exten", missed.dialed())
            .header("Uniqueid", hangup.uniqueid())
            .header("WaitSeconds", Long.toString(waited.toSeconds()))
            .build());
    pbx.sendAndWait(
        DBPut.builder().family(family).key(hangup.uniqueid()).val(missed.caller()).build());
    console.print(
        Topic.MISSED,
        missed.caller()
            + " -> "
            + missed.dialed()
            + " ("
            + INBOUND_CONTEXT
            + ")  gave up after "
            + Console.duration(waited)
            + "; sent UserEvent "
            + USER_EVENT
            + ", recorded in AstDB "
            + family);
  }

  /** Hang-ups during an outage are never seen: forget what was waiting rather than keep it. */
  void connectionLost(@Observes ServerLifecycle.Disconnected disconnected) {
    unanswered.clear();
  }
}
