package org.amiframework.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.amiframework.testkit.internal.CaptureWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy between an AMI client and a real Asterisk that records every connection in the
 * capture format ({@code NAME.rx}, {@code NAME.tx}, {@code NAME.jsonl}), so that a bug seen in
 * production can be captured once and replayed in a test with {@link AmiCapture} and {@link
 * FakeAsterisk#replay}. Point the client at {@link #address()} instead of the server.
 *
 * <p>Recordings hold whatever crosses the wire, secrets included (a plain login's {@code Secret}):
 * treat them like credentials, or log in with MD5.
 */
public final class AmiRecordingProxy implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AmiRecordingProxy.class);
  private static final int CONNECT_TIMEOUT_MS = 5000;

  private final InetSocketAddress upstream;
  private final Path directory;
  private final String namePrefix;
  private final ServerSocket listener;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Path> recordings = new CopyOnWriteArrayList<>();
  private final List<CountDownLatch> finished = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private AmiRecordingProxy(InetSocketAddress upstream, Path directory, String namePrefix)
      throws IOException {
    this.upstream = upstream;
    this.directory = directory;
    this.namePrefix = namePrefix;
    this.listener = new ServerSocket(0, 50, FakeAsteriskBuilder.LOOPBACK);
    Thread acceptor =
        new Thread(this::acceptLoop, "ami-recording-proxy-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Starts a proxy to {@code upstream} recording into {@code directory} as {@code session-NNN}. */
  public static AmiRecordingProxy start(InetSocketAddress upstream, Path directory)
      throws IOException {
    return start(upstream, directory, "session");
  }

  /** Starts a proxy recording connection N as {@code <namePrefix>-NNN}. */
  public static AmiRecordingProxy start(
      InetSocketAddress upstream, Path directory, String namePrefix) throws IOException {
    return new AmiRecordingProxy(
        Objects.requireNonNull(upstream, "upstream"),
        Objects.requireNonNull(directory, "directory"),
        Objects.requireNonNull(namePrefix, "namePrefix"));
  }

  /** Where clients connect (loopback, ephemeral port). */
  public InetSocketAddress address() {
    return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
  }

  /** The port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  /** The recordings started so far, as paths without extension ({@code dir/session-001}). */
  public List<Path> recordings() {
    return List.copyOf(recordings);
  }

  /** Waits until every connection so far has closed on both sides and its files are complete. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (CountDownLatch latch : finished) {
      if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        return false;
      }
    }
    return true;
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        handle(client);
      } catch (IOException e) {
        if (!listener.isClosed()) {
          LOG.warn("recording proxy: accepting a connection failed", e);
        }
      }
    }
  }

  private void handle(Socket client) {
    String name = String.format("%s-%03d", namePrefix, connections.incrementAndGet());
    Socket server = new Socket();
    CaptureWriter recorder;
    try {
      server.connect(upstream, CONNECT_TIMEOUT_MS);
      recorder = CaptureWriter.open(directory, name);
    } catch (IOException e) {
      LOG.warn("recording proxy: cannot open {} to {}: {}", name, upstream, e.toString());
      closeQuietly(client);
      closeQuietly(server);
      return;
    }
    sockets.add(client);
    sockets.add(server);
    recordings.add(recorder.base());
    CountDownLatch done = new CountDownLatch(2);
    finished.add(done);
    pump(name + "-rx", server, client, recorder, true, done);
    pump(name + "-tx", client, server, recorder, false, done);
    Thread closer =
        new Thread(
            () -> {
              try {
                done.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              recorder.close();
              closeQuietly(client);
              closeQuietly(server);
            },
            name + "-close");
    closer.setDaemon(true);
    closer.start();
  }

  /** Copies one direction, recording each chunk as it was read, until EOF or an error. */
  private static void pump(
      String threadName,
      Socket from,
      Socket to,
      CaptureWriter recorder,
      boolean fromServer,
      CountDownLatch done) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try {
                // Not closed here: closing a socket's stream closes the socket, and the other
                // direction may still be copying.
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (fromServer) {
                    recorder.serverSent(buffer, 0, n);
                  } else {
                    recorder.clientSent(buffer, 0, n);
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
                if (fromServer) {
                  recorder.serverClosed();
                }
                to.shutdownOutput();
              } catch (IOException e) {
                LOG.debug("recording proxy {}: {}", threadName, e.toString());
                closeQuietly(to);
              } finally {
                done.countDown();
              }
            },
            threadName);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing {}: {}", socket, e.toString());
    }
  }

  /** Stops accepting and closes every proxied connection. */
  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      LOG.debug("closing the proxy listener: {}", e.toString());
    }
    sockets.forEach(AmiRecordingProxy::closeQuietly);
  }
}
