package org.amiframework.core.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AmiTimeoutException;
import org.amiframework.core.client.ConnectionLostException;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket to the server: a dedicated reading thread that only reads, frames and routes, and a
 * writer that tags each action with a unique ActionID and registers it before writing it. Closed
 * once, for one cause; then every pending action fails with {@link ConnectionLostException}.
 */
final class Connection implements SessionLink {

  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

  /**
   * Bytes asked for per socket read. In a burst over loopback a read returned up to 128 KiB when
   * asked: half the reads of 64 KiB, about 3 % less CPU per event on the reading thread and fewer
   * wake-ups of the delivery thread. One buffer per connection.
   */
  private static final int READ_CHUNK = 128 * 1024;

  private static final GenericAction<AmiResponse> LOGOFF = GenericAction.named("Logoff");

  private final SocketOpener.OpenSocket socket;
  private final String endpoint;
  private final AmiClientConfig config;
  private final ClientResources resources;
  private final SessionLink.CloseListener closeListener;
  private final PendingActions pending;
  private final CompletableFuture<String> greeting = new CompletableFuture<>();
  private final MessageRouter router;
  private final Object writeLock = new Object();
  private final Object closeLock = new Object();
  private volatile boolean open = true;
  private volatile boolean closeExpected;
  private Throwable closeCause;

  Connection(
      SocketOpener.OpenSocket socket,
      AmiClientConfig config,
      ClientResources resources,
      SessionLink.CloseListener closeListener) {
    this.socket = socket;
    this.endpoint = SocketOpener.endpoint(config);
    this.config = config;
    this.resources = resources;
    this.closeListener = closeListener;
    this.pending = new PendingActions(endpoint, resources.counters().actionsTimedOut);
    this.router =
        new MessageRouter(
            endpoint,
            pending,
            resources.events(),
            resources.counters(),
            greeting,
            () -> open,
            this::close);
  }

  /** Starts the reading thread. */
  void start() {
    ClientThreads.daemon(config.name(), "reader", this::readLoop).start();
  }

  /** Completes with the greeting line; fails if the connection closes first. */
  CompletableFuture<String> greeting() {
    return greeting;
  }

  /** The server, as {@code tcp://host:port}. */
  @Override
  public String endpoint() {
    return endpoint;
  }

  /**
   * Writes a user's action with a fresh ActionID and returns the future of its result, completed on
   * the callback executor. Fails the future, writing nothing, when a header would inject CR/LF or
   * the connection is gone.
   */
  @Override
  public <R> CompletableFuture<R> send(AmiAction<R> action, Duration timeout) {
    return send(action, timeout, resources.callbacks());
  }

  /** Writes one of the client's own actions; see {@link Completer#INLINE}. */
  @Override
  public <R> CompletableFuture<R> sendOwn(AmiAction<R> action, Duration timeout) {
    return send(action, timeout, Completer.INLINE);
  }

  private <R> CompletableFuture<R> send(
      AmiAction<R> action, Duration timeout, Completer completer) {
    String actionId = resources.actionIds().next();
    byte[] bytes;
    try {
      bytes = MessageEncoder.encodeAction(withActionId(action.toMessage(), actionId));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    PendingAction<R> pendingAction =
        new PendingAction<>(
            actionId,
            action.actionName(),
            ResultAssembler.forShape(action.actionName(), action.resultShape(), config.bindings()),
            completer);
    synchronized (writeLock) {
      if (!pending.register(pendingAction)) {
        return CompletableFuture.failedFuture(lost(closeCause()));
      }
      scheduleTimeout(pendingAction, timeout);
      try {
        OutputStream out = socket.socket().getOutputStream();
        out.write(bytes);
        out.flush();
        resources.counters().actionsSent.increment();
      } catch (IOException e) {
        close(new ConnectionLostException("writing to " + endpoint + " failed: " + e, e));
      }
    }
    return pendingAction.future();
  }

  /**
   * Sends Logoff and waits up to twice {@code timeout} for Goodbye, after which Asterisk closes the
   * connection: that close is then no failure. The Logoff is written from the connector thread: if
   * the server stopped reading, the write may block, and the caller (close()) must not.
   */
  @Override
  public void logoff(Duration timeout) {
    closeExpected = true;
    try {
      CompletableFuture.supplyAsync(() -> sendOwn(LOGOFF, timeout), resources.connector())
          .thenCompose(goodbye -> goodbye)
          .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
      LOG.debug("Logoff from {} not confirmed: {}", endpoint, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the connection is still open. */
  @Override
  public boolean isOpen() {
    return open;
  }

  /** Why the connection closed; null while open or when closed on purpose. */
  Throwable closeCause() {
    synchronized (closeLock) {
      return closeCause;
    }
  }

  /** Closes the connection (idempotent); {@code cause} null means on purpose. */
  @Override
  public void close(Throwable cause) {
    synchronized (closeLock) {
      if (!open) {
        return;
      }
      open = false;
      closeCause = closeExpected ? null : cause;
    }
    socket.close();
    Throwable reported = closeCause();
    greeting.completeExceptionally(lost(reported));
    pending.failAll(lost(reported));
    closeListener.closed(this, reported);
  }

  private void scheduleTimeout(PendingAction<?> action, Duration timeout) {
    Runnable fire =
        () ->
            pending.timeOut(
                action,
                new AmiTimeoutException(
                    action + " got no complete answer within " + timeout.toMillis() + " ms"));
    try {
      action.timeout(resources.timer().schedule(fire, timeout.toNanos(), TimeUnit.NANOSECONDS));
    } catch (RejectedExecutionException e) {
      // The client is closing: this connection is closed too and fails the action.
      LOG.debug("Timer stopped; {} left to the closing connection", action);
    }
  }

  private ConnectionLostException lost(Throwable cause) {
    return cause == null
        ? new ConnectionLostException("connection to " + endpoint + " closed by the client")
        : new ConnectionLostException(
            "connection to " + endpoint + " lost before an answer came: " + cause.getMessage(),
            cause);
  }

  private void readLoop() {
    FrameReader reader = FrameReader.forClient(config.frameLimits(), router);
    byte[] chunk = new byte[READ_CHUNK];
    Throwable cause = null;
    try (InputStream in = socket.socket().getInputStream()) {
      int n;
      while (open && (n = in.read(chunk)) >= 0) {
        reader.feed(chunk, 0, n);
        router.endOfRead();
      }
      if (open) { // the server closed; when we did, a cut message is no stream error
        reader.endOfInput();
        cause = new ConnectionLostException(endpoint + " closed the connection");
      }
    } catch (IOException e) {
      cause = new ConnectionLostException("reading from " + endpoint + " failed: " + e, e);
    } catch (RuntimeException e) {
      LOG.error("Reading thread of {} failed; closing the connection", endpoint, e);
      cause = new ConnectionLostException("reading thread failed: " + e, e);
    } finally {
      router.endOfRead();
      // Whatever stopped the loop, the connection must not outlive its reader.
      close(cause != null ? cause : new ConnectionLostException("reading thread stopped"));
    }
  }

  /** The action's headers with our ActionID second, as Asterisk writes it back. */
  private static AmiMessage withActionId(AmiMessage action, String actionId) {
    AmiMessage.Builder b = AmiMessage.builder();
    for (int i = 0; i < action.size(); i++) {
      if (!action.name(i).equalsIgnoreCase("ActionID")) {
        b.add(action.name(i), action.value(i));
      }
      if (i == 0) {
        b.add("ActionID", actionId);
      }
    }
    return b.build();
  }
}
