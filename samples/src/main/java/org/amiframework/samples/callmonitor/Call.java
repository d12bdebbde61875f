package org.amiframework.samples.callmonitor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One call as the monitor follows it: every channel sharing the Linkedid of the channel that
 * started it, who called which number, when it was answered and why it ended.
 *
 * <p>Thread-safe: the runtime hands the events of one call to one lane, but transfer events (whose
 * channels are named with prefixes) and the startup channel list may come from other threads.
 */
final class Call {

  private final String caller;
  private final String dialed;
  private final String context;
  private final Instant started;
  private final Set<String> channels = new HashSet<>();
  private Instant ringing;
  private Instant answered;
  private boolean answeredBeforeMonitoring;
  private String hangupCause;

  /**
   * A call whose first channel has just been seen.
   *
   * @param caller the caller ID number of the first channel
   * @param dialed the extension it dialled
   * @param context the dialplan context it arrived in
   * @param started when it started
   */
  Call(String caller, String dialed, String context, Instant started) {
    this.caller = caller;
    this.dialed = dialed;
    this.context = context;
    this.started = started;
  }

  /** Who called where, as every line about the call starts: {@code 5551234 -> 100 (from-pstn)}. */
  String title() {
    return caller + " -> " + dialed + " (" + context + ")";
  }

  /** The context the call arrived in. */
  String context() {
    return context;
  }

  synchronized void addChannel(String uniqueid) {
    channels.add(uniqueid);
  }

  /** Forgets a hung-up channel; true when it was the call's last one, which ends the call. */
  synchronized boolean removeChannel(String uniqueid) {
    return channels.remove(uniqueid) && channels.isEmpty();
  }

  /** Notes that a phone started ringing for the call. */
  synchronized void ringing(Instant at) {
    ringing = at;
  }

  /**
   * Notes an answer; a call answered again (after a transfer) keeps its first answer time.
   *
   * @return how long the phone that answered rang
   */
  synchronized Duration answer(Instant at) {
    if (answered == null) {
      answered = at;
    }
    return Duration.between(ringing != null ? ringing : started, at);
  }

  /** Notes that the call was found answered when the monitor started: when is unknown. */
  synchronized void answeredBeforeMonitoring() {
    answeredBeforeMonitoring = true;
    answered = started;
  }

  /** Why the channel that started the call hung up ({@code Normal Clearing (16)}). */
  synchronized void hangupCause(String cause) {
    this.hangupCause = cause;
  }

  /** The last words on a call: how long it lasted, whether anyone answered, the hang-up cause. */
  synchronized String endSummary(Instant ended) {
    String cause = hangupCause == null ? "" : ", " + hangupCause;
    String lasted = Console.duration(Duration.between(started, ended));
    if (answered == null) {
      return "ended unanswered after " + lasted + cause;
    }
    if (answeredBeforeMonitoring) {
      return "ended after " + lasted + cause;
    }
    return "ended after "
        + lasted
        + " (talked "
        + Console.duration(Duration.between(answered, ended))
        + ")"
        + cause;
  }
}
