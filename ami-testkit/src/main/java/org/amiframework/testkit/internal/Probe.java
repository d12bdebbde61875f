package org.amiframework.testkit.internal;

import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * The testkit's own round trip through a connection, which only the fake understands: an action
 * {@code TestkitProbe} with a {@code Probe} token is answered at once, when the session reads it,
 * by a response and then an event {@code TestkitProbe} carrying the token. The session handles its
 * actions one at a time, so when the answer arrives every action the client sent before has been
 * handled; the event comes after every event written before it, so when a client hands it over, it
 * has handed over all those. The probe is not recorded among the received actions and is invisible
 * to tests; the JUnit extension hides the event from the application.
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

  /** The answer to a probe: the response, then the event. */
  static List<AmiMessage> answer(AmiMessage probe) {
    AmiMessage response = Responses.success(probe, "Probe answered");
    AmiMessage event = AmiMessage.of("Event", NAME, TOKEN, probe.get(TOKEN));
    return List.of(response, event);
  }

  /** The token of a probe's event, or null when the event is no probe's. */
  public static String tokenOf(AmiMessage event) {
    return NAME.equals(event.eventName()) ? event.get(TOKEN) : null;
  }
}
