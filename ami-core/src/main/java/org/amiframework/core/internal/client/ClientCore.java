package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.ClientMetrics;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.FrameError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a client that outlive its sessions and do not depend on the transport: the bounded,
 * policy-governed event queue and the connection notices ({@link EventDispatcher}), the metrics,
 * the ActionIDs, the threads, the callback pool that completes users' futures, and the gathering of
 * results by {@link org.amiframework.core.api.ResultShape} ({@link Answer}). It is public only so
 * that the other transports' packages ({@code org.amiframework.core.internal.http}) share these
 * parts instead of copying them; it is not API. Thread-safe.
 */
public final class ClientCore {

  private static final Logger LOG = LoggerFactory.getLogger(ClientCore.class);

  private final String clientName;
  private final Bindings bindings;
  private final ClientResources resources;
  private final RateLimitedLog streamLog = new RateLimitedLog(LOG, Duration.ofSeconds(10));

  /** The parts for one client of this configuration; no thread starts before it is needed. */
  public ClientCore(AmiClientConfig config) {
    this.clientName = config.name();
    this.bindings = config.bindings();
    ClientCounters counters = new ClientCounters();
    this.resources =
        new ClientResources(
            counters,
            new ActionIds(),
            ClientThreads.scheduler(clientName, "timer"),
            ClientThreads.scheduler(clientName, "connector"),
            new CallbackExecutor(clientName),
            new EventDispatcher(
                clientName,
                config.eventQueueCapacity(),
                config.overflowPolicy(),
                bindings,
                counters));
  }

  /**
   * Counts an event read from the server and queues it for the listeners, never blocking.
   *
   * @return false when the queue overflowed under {@link
   *     org.amiframework.core.client.OverflowPolicy#RECONNECT}: the caller must re-establish the
   *     session so the gap is noticed
   */
  public boolean offerEvent(AmiMessage event) {
    counters().eventsReceived.increment();
    return resources.events().offer(event) != EventDispatcher.Offer.RECONNECT;
  }

  /** Counts a bad input the decoder reported and logs it (rate-limited). */
  public void frameError(String endpoint, FrameError error) {
    counters().frameErrors.increment();
    streamLog.warn("Bad input from {}: {}", endpoint, error);
  }

  /** The live metrics. */
  public ClientMetrics metrics() {
    return counters();
  }

  /** Counts an action sent. */
  public void actionSent() {
    counters().actionsSent.increment();
  }

  /** Counts an action that timed out. */
  public void actionTimedOut() {
    counters().actionsTimedOut.increment();
  }

  /** A new ActionID, unique in this client. */
  public String nextActionId() {
    return resources.actionIds().next();
  }

  /** Gathers the answer to {@code action} from the messages of its reply. */
  public <R> Answer<R> answer(AmiAction<R> action) {
    return new Answer<>(action, bindings, resources.callbacks());
  }

  /**
   * The thread that does the client's own blocking work (opening sessions) and schedules its
   * periodic work; its tasks must not wait for user code.
   */
  public ScheduledExecutorService connector() {
    return resources.connector();
  }

  /** The thread that runs the client's timeouts; its tasks never block. */
  public ScheduledExecutorService timer() {
    return resources.timer();
  }

  /** A factory of daemon threads named {@code ami-<client>-<role>-N}. */
  public ThreadFactory threads(String role) {
    return ClientThreads.factory(clientName, role);
  }

  /** The future's value, its failure rethrown unwrapped; for a connecting thread. */
  public static <T> T await(CompletableFuture<T> future) {
    return Blocking.await(future);
  }

  /** The failure inside a {@link java.util.concurrent.CompletionException}, or the failure. */
  public static Throwable unwrap(Throwable failure) {
    return Blocking.unwrap(failure);
  }

  ClientResources resources() {
    return resources;
  }

  ClientCounters counters() {
    return resources.counters();
  }

  CallbackExecutor callbacks() {
    return resources.callbacks();
  }

  /** Queues a connection notice for every connection listener; notices are never dropped. */
  void announce(Consumer<ConnectionListener> notice) {
    resources.events().announce(notice);
  }

  /** Delivers what is queued, then stops every thread of the client; idempotent. */
  void shutdown() {
    resources.events().stop();
    resources.connector().shutdownNow();
    resources.timer().shutdownNow();
    resources.callbacks().shutdown();
  }

  /**
   * The answer to one action, gathered from the messages of its reply by the assembler of its
   * {@link org.amiframework.core.api.ResultShape}: the same {@code AmiResponse}, {@code
   * EventListResult} or {@code CommandResult}, and the same failures, as over TCP. The future is
   * completed on the callback pool, never on the thread that feeds the messages.
   *
   * @param <R> the result of the action
   */
  public static final class Answer<R> {

    private final AmiAction<R> action;
    private final Bindings bindings;
    private final CallbackExecutor callbacks;
    private final CompletableFuture<R> future = new CompletableFuture<>();
    private ResultAssembler<R> assembler;
    private String actionId;
    private boolean responded;
    private Supplier<R> result;

    private Answer(AmiAction<R> action, Bindings bindings, CallbackExecutor callbacks) {
      this.action = action;
      this.bindings = bindings;
      this.callbacks = callbacks;
      restart(null);
    }

    /** The future handed to the caller. */
    public CompletableFuture<R> future() {
      return future;
    }

    /**
     * Forgets what was gathered, for a new attempt of the same action (the previous reply was
     * refused unrun), whose messages carry {@code actionId}.
     */
    public synchronized void restart(String actionId) {
      this.actionId = actionId;
      this.assembler =
          ResultAssembler.forShape(action.actionName(), action.resultShape(), bindings);
      this.responded = false;
      this.result = null;
    }

    /**
     * Offers one message of the reply: its first response, and while a list is open the events that
     * carry the action's ActionID, belong to the answer.
     *
     * @return false when the message is not part of the answer (an event to deliver)
     */
    public synchronized boolean offer(AmiMessage message) {
      if (result != null) {
        return false;
      }
      if (message.kind() == MessageKind.RESPONSE && !responded) {
        responded = true;
        result = assembler.onResponse(new AmiResponse(message));
        return true;
      }
      if (message.kind() == MessageKind.EVENT
          && assembler.awaitsEvents()
          && (actionId == null || actionId.equals(message.actionId()))) {
        result = assembler.onEvent(message);
        return true;
      }
      return false;
    }

    /** Whether the answer is complete. */
    public synchronized boolean complete() {
      return result != null;
    }

    /** Completes the future with the gathered result (or its failure); false if incomplete. */
    public boolean finish() {
      Supplier<R> done;
      synchronized (this) {
        done = result;
      }
      if (done == null) {
        return false;
      }
      callbacks.complete(future, done);
      return true;
    }

    /** Fails the future. */
    public void fail(Throwable cause) {
      callbacks.fail(future, cause);
    }
  }
}
