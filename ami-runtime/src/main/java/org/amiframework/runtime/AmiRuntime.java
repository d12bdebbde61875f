package org.amiframework.runtime;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.message.AmiMessage;

/**
 * The running dispatcher, injectable anywhere ({@code @Inject AmiRuntime runtime}): the clients of
 * the configured servers, and a socket-free way in for events.
 *
 * <p>{@link #publish} hands an event to the same lanes the clients feed, exactly as if the named
 * server had sent it: same ordering per call, same filters and privilege checks, same handlers.
 * Tests and the testkit use it to drive handlers without a connection.
 */
public interface AmiRuntime {

  /** The configured server names, in configuration order. */
  List<String> servers();

  /**
   * The client of a server.
   *
   * @throws IllegalArgumentException when no server has that name
   */
  AmiClient client(String server);

  /**
   * Dispatches an event as if {@code server} had sent it. A {@link
   * org.amiframework.core.api.GenericEvent} whose name the bindings know is decoded to its typed
   * class first. Blocks while the event's lane is full, except when called from a handler: then a
   * full lane fails the future with {@link java.util.concurrent.RejectedExecutionException} instead
   * of waiting on itself.
   *
   * @return completes when every handler of the event has run (a handler that throws is reported to
   *     the {@link HandlerErrorListener}s, not through this future); fails with {@link
   *     java.util.concurrent.RejectedExecutionException} when the runtime is shutting down
   * @throws IllegalArgumentException when no server has that name
   */
  CompletableFuture<Void> publish(String server, AmiEvent event);

  /**
   * Decodes an {@code Event:} message with the application's bindings and dispatches it like {@link
   * #publish(String, AmiEvent)}.
   *
   * @throws IllegalArgumentException when no server has that name or the message is no event
   */
  CompletableFuture<Void> publish(String server, AmiMessage event);

  /**
   * A barrier: completes when every event handed to the lanes before this call has been handled,
   * including every event a client has delivered to the runtime (which may hold a client's events
   * briefly to hand them on in runs: the barrier waits for those). Must not be called from a
   * handler (it would wait for itself).
   *
   * @throws IllegalStateException when called from a handler
   */
  CompletableFuture<Void> flush();

  /** Counters of dispatching. */
  RuntimeMetrics metrics();
}
