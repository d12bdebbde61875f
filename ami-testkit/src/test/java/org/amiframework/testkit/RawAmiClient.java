package org.amiframework.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.MessageEncoder;

/**
 * A bare AMI client for the testkit's own tests: a socket, core's {@link FrameReader} on a reading
 * thread, and a queue of what arrived. It does nothing for the caller (no login, no correlation),
 * so the tests see the fake's bytes exactly as a client would.
 */
final class RawAmiClient implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Socket socket;
  private final OutputStream out;
  private final BlockingQueue<AmiMessage> messages = new LinkedBlockingQueue<>();
  private final List<FrameError> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final CountDownLatch greeted = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile String greeting;

  private RawAmiClient(Socket socket) throws IOException {
    this.socket = socket;
    this.out = socket.getOutputStream();
    Thread reader = new Thread(this::read, "raw-ami-client-reader");
    reader.setDaemon(true);
    reader.start();
  }

  static RawAmiClient connect(InetSocketAddress address) throws IOException {
    Socket socket = new Socket();
    socket.connect(address, 5000);
    return new RawAmiClient(socket);
  }

  static RawAmiClient connect(FakeAsterisk pbx) throws IOException {
    return connect(pbx.address());
  }

  private void read() {
    FrameReader reader =
        FrameReader.forClient(
            FrameLimits.DEFAULT,
            new FrameHandler() {
              @Override
              public void onGreeting(String line) {
                greeting = line;
                greeted.countDown();
              }

              @Override
              public void onMessage(AmiMessage message) {
                messages.add(message);
              }

              @Override
              public void onError(FrameError error) {
                errors.add(error);
              }
            });
    byte[] buffer = new byte[8192];
    try {
      InputStream in = socket.getInputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        reader.feed(buffer, 0, n);
      }
      reader.endOfInput();
    } catch (IOException e) {
      // the connection ended; the test decides whether that was expected
    } finally {
      greeted.countDown();
      closed.countDown();
    }
  }

  String greeting() throws InterruptedException {
    if (!greeted.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("no greeting within " + TIMEOUT);
    }
    return greeting;
  }

  void send(AmiMessage action) throws IOException {
    sendRaw(MessageEncoder.encodeAction(action));
  }

  void send(String... namesAndValues) throws IOException {
    send(AmiMessage.of(namesAndValues));
  }

  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The next message, or an AssertionError after the timeout. */
  AmiMessage next() throws InterruptedException {
    return next(TIMEOUT);
  }

  AmiMessage next(Duration timeout) throws InterruptedException {
    AmiMessage m = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (m == null) {
      throw new AssertionError("no message within " + timeout + (isClosed() ? " (closed)" : ""));
    }
    return m;
  }

  /** The next message if one arrives within the timeout, else null. */
  AmiMessage poll(Duration timeout) throws InterruptedException {
    return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The next response, skipping (and returning in {@code skipped}) events before it. */
  AmiMessage nextResponse(List<AmiMessage> skipped) throws InterruptedException {
    while (true) {
      AmiMessage m = next();
      if (m.kind() == MessageKind.RESPONSE) {
        return m;
      }
      skipped.add(m);
    }
  }

  AmiMessage nextResponse() throws InterruptedException {
    return nextResponse(new ArrayList<>());
  }

  /** Logs in and returns the response; FullyBooted (if any) stays queued. */
  AmiMessage login(String user, String secret, String events) throws Exception {
    greeting();
    AmiMessage.Builder b =
        AmiMessage.builder().add("Action", "Login").add("Username", user).add("Secret", secret);
    if (events != null) {
      b.add("Events", events);
    }
    send(b.build());
    return nextResponse();
  }

  /** Everything until the server closes the connection. */
  List<AmiMessage> readUntilClosed() throws InterruptedException {
    if (!closed.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the server did not close within " + TIMEOUT + "; got " + messages);
    }
    List<AmiMessage> all = new ArrayList<>();
    messages.drainTo(all);
    return all;
  }

  boolean awaitClosed(Duration timeout) throws InterruptedException {
    return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean isClosed() {
    return closed.getCount() == 0;
  }

  List<FrameError> errors() {
    return List.copyOf(errors);
  }

  /** Messages received and not yet taken. */
  int pending() {
    return messages.size();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
