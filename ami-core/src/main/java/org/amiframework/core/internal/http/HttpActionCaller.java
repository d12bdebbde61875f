package org.amiframework.core.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.SessionGoneException;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the actions of one HTTP session over the {@link HttpAmiTransport} and gathers their answers
 * exactly as the TCP client does ({@link ClientCore.Answer}): one request per action, whose reply
 * body holds the response and, for a list, its items and completion event. Events found in a reply
 * that are not part of the answer (a {@code WaitEvent} the user sent) go to the event queue like
 * any other.
 */
final class HttpActionCaller {

  /** Hears what ends the session rather than one action. */
  interface SessionEvents {
    /**
     * The session is over: the server could not be reached or the connection broke during an
     * exchange, a reply came in a new session (the old one was gone), or the event queue overflowed
     * under the RECONNECT policy.
     */
    void sessionEnded(AmiException cause);
  }

  private static final Logger LOG = LoggerFactory.getLogger(HttpActionCaller.class);

  private final HttpAmiTransport transport;
  private final ClientCore core;
  private final SessionEvents session;

  HttpActionCaller(HttpAmiTransport transport, ClientCore core, SessionEvents session) {
    this.transport = transport;
    this.core = core;
    this.session = session;
  }

  /**
   * Sends {@code action} once, tagged with a fresh ActionID, feeding its reply to {@code answer}.
   * The future fails as {@link HttpAmiTransport#exchange} documents; it completes with the reply's
   * flags once the whole body was read. The answer itself is neither finished nor failed here.
   */
  <R> CompletableFuture<HttpAmiTransport.Reply> attempt(
      AmiAction<R> action, ClientCore.Answer<R> answer, Duration timeout) {
    return attempt(action, answer, timeout, null);
  }

  /**
   * Like {@link #attempt(AmiAction, ClientCore.Answer, Duration)}, but the event named {@code
   * ownCompletion} that carries this attempt's ActionID is plumbing of the client's own and not
   * delivered (the {@code WaitEventComplete} ending each poll for events).
   */
  <R> CompletableFuture<HttpAmiTransport.Reply> attempt(
      AmiAction<R> action, ClientCore.Answer<R> answer, Duration timeout, String ownCompletion) {
    String actionId = core.nextActionId();
    answer.restart(actionId);
    AmiMessage message = action.toMessage().toBuilder().set("ActionID", actionId).build();
    core.actionSent();
    return transport
        .exchange(message, timeout, new Sink(answer, actionId, ownCompletion))
        .whenComplete((reply, error) -> noteFailure(error));
  }

  /**
   * Sends {@code action} once and returns its result, completed on the client's callback pool. A
   * reply that came in a new session (the old one was gone: Asterisk refused the action unrun) ends
   * this session and fails the action with {@link SessionGoneException}.
   */
  <R> CompletableFuture<R> call(AmiAction<R> action, Duration timeout) {
    ClientCore.Answer<R> answer = core.answer(action);
    attempt(action, answer, timeout)
        .whenComplete(
            (reply, error) -> {
              if (error != null) {
                answer.fail(ClientCore.unwrap(error));
              } else if (reply.sessionReplaced()) {
                session.sessionEnded(
                    new ConnectionLostException(
                        "the HTTP session at " + transport.endpoint() + " was gone"));
                answer.fail(
                    new SessionGoneException(
                        "the HTTP session at "
                            + transport.endpoint()
                            + " was gone; "
                            + action.actionName()
                            + " was refused unrun"));
              } else {
                finish(action, answer);
              }
            });
    return answer.future();
  }

  /** Completes the answer's future with its result, or fails it when the reply was incomplete. */
  void finish(AmiAction<?> action, ClientCore.Answer<?> answer) {
    if (!answer.finish()) {
      answer.fail(
          new AmiException(
              "the reply of "
                  + transport.endpoint()
                  + " to "
                  + action.actionName()
                  + " ended before the answer was complete"));
    }
  }

  private void noteFailure(Throwable error) {
    if (error == null) {
      return;
    }
    Throwable cause = ClientCore.unwrap(error);
    if (cause instanceof AmiTimeoutException) {
      core.actionTimedOut();
    } else if (cause instanceof ConnectionLostException || cause instanceof AmiConnectException) {
      session.sessionEnded((AmiException) cause);
    }
  }

  /** Routes the messages of one reply as they are decoded, on an HTTP client thread. */
  private final class Sink implements FrameHandler {
    private final ClientCore.Answer<?> answer;
    private final String actionId;
    private final String ownCompletion;

    Sink(ClientCore.Answer<?> answer, String actionId, String ownCompletion) {
      this.answer = answer;
      this.actionId = actionId;
      this.ownCompletion = ownCompletion;
    }

    @Override
    public void onMessage(AmiMessage message) {
      if (answer.offer(message)) {
        return;
      }
      if (ownCompletion != null
          && ownCompletion.equalsIgnoreCase(message.eventName())
          && actionId.equals(message.actionId())) {
        return;
      }
      if (message.kind() == MessageKind.EVENT) {
        if (!core.offerEvent(message)) {
          session.sessionEnded(
              new AmiException(
                  "event queue overflowed (listeners slower than the server); events were"
                      + " dropped, opening a new session at "
                      + transport.endpoint()));
        }
      } else {
        LOG.warn(
            "Message from {} belongs to no action; ignored: {}",
            transport.endpoint(),
            message.toString().lines().findFirst().orElse("(empty)"));
      }
    }

    @Override
    public void onError(FrameError error) {
      core.frameError(transport.endpoint().toString(), error);
    }
  }
}
