package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.client.AmiConnectException;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.internal.client.ClientCore;
import org.amiframework.core.internal.client.SessionLink;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;

/**
 * The client end of one in-memory connection to the fake, as a {@link SessionLink} of core's
 * client: it encodes actions as a TCP client would, frames what the session writes with core's
 * {@link FrameReader}, completes each action from the messages that answer it (gathered by {@link
 * ClientCore.Answer}, as the HTTP transport does) and hands every other event to the client's
 * queue. The session's writer thread plays the part of the socket reader: it only frames and
 * routes.
 */
final class InMemoryLink implements FrameHandler, SessionLink {

  /** What the fake is called in messages. */
  static final String ENDPOINT = "the in-memory FakeAsterisk";

  private final ClientCore core;
  private final ScheduledExecutorService timer;
  private final SessionLink.CloseListener listener;
  private final FrameReader reader;
  private final CompletableFuture<String> greeting = new CompletableFuture<>();
  private final Map<String, ClientCore.Answer<?>> pending = new LinkedHashMap<>();
  private volatile InMemoryChannel channel;
  private boolean closed;

  /**
   * A link that is not connected yet.
   *
   * @param listener told once, off the link's locks, when the connection ends
   */
  InMemoryLink(ClientCore core, FrameLimits limits, SessionLink.CloseListener listener) {
    this.core = core;
    this.timer = core.timer();
    this.listener = listener;
    this.reader = FrameReader.forClient(limits, this);
  }

  /**
   * Connects and waits for the greeting.
   *
   * @return the greeting line
   * @throws AmiConnectException when the fake is down or closes before greeting
   * @throws AmiTimeoutException when no greeting comes in time
   */
  String open(AmiServer server, Duration timeout) {
    try {
      channel = server.connectInMemory(new ReaderFeed(), this::closedByFake);
    } catch (IOException e) {
      throw new AmiConnectException("cannot connect to " + ENDPOINT + ": " + e.getMessage(), e);
    }
    try {
      return greeting.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AmiTimeoutException("no greeting from " + ENDPOINT + " within " + timeout, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AmiConnectException(ENDPOINT + " closed the connection before its greeting", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AmiConnectException("interrupted while connecting to " + ENDPOINT, e);
    }
  }

  @Override
  public String endpoint() {
    return ENDPOINT;
  }

  @Override
  public synchronized boolean isOpen() {
    return !closed;
  }

  /** Sends an action; the future fails as {@link org.amiframework.core.client.AmiClient} says. */
  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    ClientCore.Answer<R> answer = core.answer(action);
    String actionId = core.nextActionId();
    answer.restart(actionId);
    byte[] bytes;
    try {
      bytes = MessageEncoder.encodeAction(action.toMessage().with("ActionID", actionId));
    } catch (RuntimeException e) {
      answer.fail(e);
      return answer.future();
    }
    synchronized (this) {
      if (closed) {
        answer.fail(lost(action.actionName() + " not sent: the connection is closed"));
        return answer.future();
      }
      pending.put(actionId, answer);
    }
    timer.schedule(
        () -> timedOut(actionId, action.actionName(), timeout),
        timeout.toNanos(),
        TimeUnit.NANOSECONDS);
    if (!channel.clientSend(bytes)) {
      forget(actionId);
      answer.fail(lost(action.actionName() + " not sent: the connection is closed or stalled"));
    } else {
      core.actionSent();
    }
    return answer.future();
  }

  /**
   * Closes the connection (idempotent): pending actions fail, then the listener hears of it; {@code
   * cause} is null when the client closes on purpose.
   */
  @Override
  public void close(Throwable cause) {
    if (markClosed()) {
      InMemoryChannel open = channel;
      if (open != null) {
        open.clientClose();
      }
      listener.closed(this, cause);
    }
  }

  @Override
  public void onGreeting(String line) {
    greeting.complete(line);
  }

  @Override
  public void onMessage(AmiMessage message) {
    ClientCore.Answer<?> answer = answerFor(message);
    if (answer != null) {
      if (answer.complete()) {
        forget(answer);
        answer.finish();
      }
    } else if (message.kind() == MessageKind.EVENT && !core.offerEvent(message)) {
      close(new AmiException("event queue overflowed; reconnecting to " + ENDPOINT));
    }
  }

  @Override
  public void onError(FrameError error) {
    core.frameError(ENDPOINT, error);
    if (error.fatal()) {
      close(new AmiException("unreadable stream from " + ENDPOINT + ": " + error));
    }
  }

  /**
   * The pending action a message belongs to, which has taken it; null for an event to deliver. A
   * response without ActionID (a parse error) answers the oldest action still awaiting one.
   */
  private synchronized ClientCore.Answer<?> answerFor(AmiMessage message) {
    String id = message.actionId();
    ClientCore.Answer<?> byId = id == null ? null : pending.get(id);
    if (byId != null) {
      return byId.offer(message) ? byId : null;
    }
    if (id == null && message.kind() == MessageKind.RESPONSE) {
      for (ClientCore.Answer<?> oldest : pending.values()) {
        if (oldest.offer(message)) {
          return oldest;
        }
      }
    }
    return null;
  }

  private void timedOut(String actionId, String actionName, Duration timeout) {
    ClientCore.Answer<?> answer = forget(actionId);
    if (answer != null) {
      core.actionTimedOut();
      answer.fail(
          new AmiTimeoutException(
              actionName
                  + " not answered by "
                  + ENDPOINT
                  + " within "
                  + timeout.toMillis()
                  + " ms"));
    }
  }

  private synchronized ClientCore.Answer<?> forget(String actionId) {
    return pending.remove(actionId);
  }

  private synchronized void forget(ClientCore.Answer<?> answer) {
    pending.values().remove(answer);
  }

  private void closedByFake() {
    greeting.completeExceptionally(new AmiConnectException(ENDPOINT + " closed the connection"));
    close(new ConnectionLostException(ENDPOINT + " closed the connection"));
  }

  /** Marks the link closed and fails every pending action; false if it already was. */
  private boolean markClosed() {
    List<ClientCore.Answer<?>> failed;
    synchronized (this) {
      if (closed) {
        return false;
      }
      closed = true;
      failed = new ArrayList<>(pending.values());
      pending.clear();
    }
    failed.forEach(a -> a.fail(lost("the connection to " + ENDPOINT + " was closed")));
    return true;
  }

  private static ConnectionLostException lost(String message) {
    return new ConnectionLostException(message);
  }

  /** Receives what the session writes and frames it, on the session's writer thread. */
  private final class ReaderFeed extends OutputStream {
    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      reader.feed(bytes, offset, length);
    }
  }
}
