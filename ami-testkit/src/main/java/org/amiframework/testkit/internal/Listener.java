package org.amiframework.testkit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket and its accept thread. It can be stopped and bound again to the same port
 * ({@code SO_REUSEADDR}), which is how the fake emulates an Asterisk restart.
 */
final class Listener {

  /** Receives each accepted connection, on the accept thread. */
  @FunctionalInterface
  interface Acceptor {
    void accept(Socket client) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Listener.class);

  private final InetAddress address;
  private final Acceptor acceptor;
  private ServerSocket socket;
  private Thread thread;
  private volatile int port;

  Listener(InetAddress address, Acceptor acceptor) {
    this.address = address;
    this.acceptor = acceptor;
  }

  /** Binds {@code wantedPort} (0: ephemeral; after a stop: the port bound before) and accepts. */
  synchronized void start(int wantedPort) throws IOException {
    if (socket != null) {
      throw new IllegalStateException("already listening on port " + port);
    }
    ServerSocket bound = new ServerSocket();
    bound.setReuseAddress(true);
    bound.bind(new InetSocketAddress(address, port != 0 ? port : wantedPort), 50);
    socket = bound;
    port = bound.getLocalPort();
    thread = FakeThreads.daemon("fake-ami-accept-" + port, () -> acceptLoop(bound));
    thread.start();
    LOG.debug("fake Asterisk listening on {}", bound.getLocalSocketAddress());
  }

  /** Stops listening; connections already accepted are the owner's to close. */
  synchronized void stop() {
    if (socket == null) {
      return;
    }
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing the listening socket: {}", e.toString());
    }
    socket = null;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized boolean isRunning() {
    return socket != null;
  }

  /** The bound port, kept after a stop; 0 before the first start. */
  int port() {
    return port;
  }

  private void acceptLoop(ServerSocket bound) {
    while (!bound.isClosed()) {
      try {
        Socket client = bound.accept();
        client.setTcpNoDelay(true);
        acceptor.accept(client);
      } catch (IOException e) {
        if (!bound.isClosed()) {
          LOG.warn("accepting a connection failed", e);
        }
      }
    }
  }
}
