package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * The byte stream a session talks over: a TCP socket, or an in-memory pipe to a client in the same
 * JVM ({@link InMemoryChannel}). The session reads, frames, answers and records the same way on
 * either.
 */
interface SessionChannel {

  /** What the client sends. */
  InputStream input() throws IOException;

  /** Where the session writes for the client. */
  OutputStream output() throws IOException;

  /** The client's address; an in-memory client has an unresolved placeholder. */
  InetSocketAddress remoteAddress();

  /** Makes the next {@link #close()} a reset (RST) where the transport has one. */
  void armReset();

  /** Closes both directions; idempotent. */
  void close() throws IOException;

  /** A channel over an accepted socket. */
  static SessionChannel of(Socket socket) {
    return new SessionChannel() {
      @Override
      public InputStream input() throws IOException {
        return socket.getInputStream();
      }

      @Override
      public OutputStream output() throws IOException {
        return socket.getOutputStream();
      }

      @Override
      public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
      }

      @Override
      public void armReset() {
        try {
          socket.setSoLinger(true, 0);
        } catch (IOException e) {
          // The socket is already gone: closing it is all that is left to do.
        }
      }

      @Override
      public void close() throws IOException {
        socket.close();
      }
    };
  }
}
