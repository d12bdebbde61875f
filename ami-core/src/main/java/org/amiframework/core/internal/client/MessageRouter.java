package org.amiframework.core.internal.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.amiframework.core.client.AmiException;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, on the reading thread, where each message goes, by its first header: a response to its
 * pending action; an event to the pending list action whose ActionID it carries, or else to the
 * event queue. An event that also carries {@code ActionID} and {@code Response} (OriginateResponse,
 * a UserEvent copy) is an event like any other. Nothing here decodes, blocks or runs user code.
 */
final class MessageRouter implements FrameHandler {

  private static final Logger LOG = LoggerFactory.getLogger(MessageRouter.class);

  private final String endpoint;
  private final PendingActions pending;
  private final EventDispatcher events;
  private final ClientCounters counters;
  private final CompletableFuture<String> greeting;
  private final BooleanSupplier open;
  private final Consumer<AmiException> closer;
  private final RateLimitedLog streamLog = new RateLimitedLog(LOG, Duration.ofSeconds(10));

  /**
   * Creates a router for one connection.
   *
   * @param endpoint the server, for messages
   * @param pending the connection's pending actions
   * @param events the client's event queue
   * @param counters the client's counters
   * @param greeting completed with the greeting line
   * @param open whether the connection is still open (messages read after a close are dropped)
   * @param closer closes the connection with a cause (fatal stream error, queue overflow)
   */
  MessageRouter(
      String endpoint,
      PendingActions pending,
      EventDispatcher events,
      ClientCounters counters,
      CompletableFuture<String> greeting,
      BooleanSupplier open,
      Consumer<AmiException> closer) {
    this.endpoint = endpoint;
    this.pending = pending;
    this.events = events;
    this.counters = counters;
    this.greeting = greeting;
    this.open = open;
    this.closer = closer;
  }

  @Override
  public void onGreeting(String line) {
    greeting.complete(line);
  }

  @Override
  public void onMessage(AmiMessage message) {
    switch (message.kind()) {
      case RESPONSE -> {
        if (open.getAsBoolean()) {
          pending.onResponse(message);
        }
      }
      case EVENT -> routeEvent(message);
      default ->
          streamLog.warn(
              "Message from {} is neither a response nor an event; ignored: {}",
              endpoint,
              firstLine(message));
    }
  }

  @Override
  public void onError(FrameError error) {
    counters.frameErrors.increment();
    if (error.fatal()) {
      LOG.error("Unreadable stream from {}, the connection ends: {}", endpoint, error);
      closer.accept(new AmiException("unreadable stream from " + endpoint + ": " + error));
    } else {
      streamLog.warn("Bad input from {}: {}", endpoint, error);
    }
  }

  private void routeEvent(AmiMessage event) {
    counters.eventsReceived.increment();
    if (!open.getAsBoolean()) {
      counters.eventsDropped.increment();
      return;
    }
    if (pending.onEvent(event)) {
      return;
    }
    if (events.offerFromRead(event) == EventDispatcher.Offer.RECONNECT) {
      closer.accept(
          new AmiException(
              "event queue overflowed (listeners slower than the server); events were dropped,"
                  + " reconnecting to "
                  + endpoint));
    }
  }

  /** The reading thread has handed every message of one read to this router. */
  void endOfRead() {
    events.endOfRead();
  }

  private static String firstLine(AmiMessage message) {
    // toString masks secret values, should a broken peer ever echo one.
    return message.toString().lines().findFirst().orElse("(empty)");
  }
}
