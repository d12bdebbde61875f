package org.amiframework.testkit.internal;

import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * The testkit's own round trip through a connection, which only the fake understands: an action
 * {@code TestkitProbe} with a {@code Probe} token is answered at once, when the session reads it,
 * by a response and then an event {@code TestkitProbe} carrying the token. The session handles its
 * actions one at a time, so when the answer arrives every action the client sent before has been
 * handled; the event comes after every event written before it, so when a client hands it over, it
 * has handed over all those. Over HTTP the response is the probe request's reply and the event
 * joins the session's events, so a {@code WaitEvent} carries it after every event queued before it;
 * an HTTP client sends its actions concurrently, so the answer says nothing there about actions
 * sent before (the JUnit extension waits for their replies instead). The probe is not recorded
 * among the received actions and is invisible to tests; the JUnit extension hides the event from
 * the application.
 */
public final class Probe {

  /** The action and event name. */
  public static final String NAME = "TestkitProbe";

  /** The header carrying the token. */
  public static final String TOKEN = "Probe";

  private Probe() {}

  /** Whether a message from a client is a probe. */
  public static boolean isProbe(AmiMessage action) {
    return NAME.equalsIgnoreCase(action.actionName()) && action.has(TOKEN);
  }

  /** The answer to a probe over a stream: the response, then the event. */
  static List<AmiMessage> answer(AmiMessage probe) {
    return List.of(response(probe), event(probe));
  }

  /** The probe's response. */
  static AmiMessage response(AmiMessage probe) {
    return Responses.success(probe, "Probe answered");
  }

  /** The probe's event. */
  static AmiMessage event(AmiMessage probe) {
    return AmiMessage.of("Event", NAME, TOKEN, probe.get(TOKEN));
  }

  /** The token of a probe's event, or null when the event is no probe's. */
  public static String tokenOf(AmiMessage event) {
    return NAME.equals(event.eventName()) ? event.get(TOKEN) : null;
  }
}
