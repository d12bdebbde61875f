package org.amiframework.core.testsupport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;

/**
 * One client connection to a {@link ScriptedAmiServer}: reads actions on its own thread, in order,
 * and runs the handler of each, as Asterisk's session thread does. Writes are serialized.
 */
public final class ServerSession {

  private final ScriptedAmiServer server;
  private final Socket socket;
  private final int index;
  private final List<AmiMessage> actions = new CopyOnWriteArrayList<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private OutputStream out;
  private volatile boolean loggedIn;
  private volatile String challenge;

  ServerSession(ScriptedAmiServer server, Socket socket, int index) {
    this.server = server;
    this.socket = socket;
    this.index = index;
  }

  /** 0 for the server's first connection, 1 for the second, ... */
  public int index() {
    return index;
  }

  /** Every action read so far, in order. */
  public List<AmiMessage> actions() {
    return new ArrayList<>(actions);
  }

  /** The actions read so far with this name (case-insensitive). */
  public List<AmiMessage> actions(String name) {
    return actions.stream().filter(a -> name.equalsIgnoreCase(a.actionName())).toList();
  }

  /** Whether a Login succeeded on this connection. */
  public boolean loggedIn() {
    return loggedIn;
  }

  /** Writes messages and flushes once. */
  public synchronized void send(AmiMessage... messages) throws IOException {
    for (AmiMessage message : messages) {
      out.write(MessageEncoder.encode(message));
    }
    out.flush();
  }

  /** Writes {@code count} messages made by {@code message} back to back, then flushes. */
  public synchronized void sendAll(int count, IntFunction<AmiMessage> message) throws IOException {
    for (int i = 0; i < count; i++) {
      out.write(MessageEncoder.encode(message.apply(i)));
    }
    out.flush();
  }

  /** Writes an event from alternating names and values (without {@code Event}). */
  public void event(String name, String... headers) throws IOException {
    AmiMessage.Builder b = AmiMessage.builder().add("Event", name);
    for (int i = 0; i < headers.length; i += 2) {
      b.add(headers[i], headers[i + 1]);
    }
    send(b.build());
  }

  /**
   * Answers {@code action} as Asterisk's {@code astman_send_response_full} does: {@code Response},
   * then {@code ActionID} when the action had a non-empty one, then the given headers.
   */
  public void respond(AmiMessage action, String status, String... headers) throws IOException {
    send(response(action, status, headers));
  }

  /** The message {@link #respond} writes. */
  public static AmiMessage response(AmiMessage action, String status, String... headers) {
    AmiMessage.Builder b = AmiMessage.builder().add("Response", status);
    String actionId = action.actionId();
    if (actionId != null && !actionId.isEmpty()) {
      b.add("ActionID", actionId);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.add(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  /** Writes raw text (CRLF and all as given). */
  public synchronized void writeRaw(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Closes the connection, as Asterisk does after Logoff or a failed login. */
  public void closeSocket() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket the peer may already have closed.
    }
  }

  /** Waits until the client closed the connection (or it was closed here). */
  public boolean awaitEnd(Duration timeout) throws InterruptedException {
    return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  ScriptedAmiServer.Builder config() {
    return server.config();
  }

  void loggedIn(boolean value) {
    loggedIn = value;
  }

  String challenge() {
    return challenge;
  }

  void challenge(String value) {
    challenge = value;
  }

  void start() {
    Thread thread = new Thread(this::run, "scripted-ami-session-" + index);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    try (socket) {
      synchronized (this) {
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      }
      if (config().greeting != null) {
        writeRaw(config().greeting + "\r\n");
      }
      FrameReader reader = FrameReader.forServer(FrameLimits.DEFAULT, new Dispatch());
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        reader.feed(buffer, 0, n);
      }
    } catch (IOException | UncheckedIOException e) {
      // The client went away or the test closed the socket: the session ends.
    } finally {
      ended.countDown();
    }
  }

  /** Runs the handler of each action as it is read. */
  private final class Dispatch implements FrameHandler {
    @Override
    public void onMessage(AmiMessage action) {
      actions.add(action);
      String name = action.actionName() == null ? "" : action.actionName();
      try {
        server.handler(name).handle(ServerSession.this, action);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (Exception e) {
        throw new IllegalStateException("handler of " + name + " failed", e);
      }
    }
  }
}
