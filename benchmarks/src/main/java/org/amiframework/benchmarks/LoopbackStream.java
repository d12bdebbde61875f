package org.amiframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback server that writes the same byte stream over and over, as fast as the socket takes it,
 * to whoever connects: the shape of a busy Asterisk without Asterisk.
 */
final class LoopbackStream implements AutoCloseable {

  private final ServerSocket server;
  private final Thread writer;
  private volatile boolean running = true;

  LoopbackStream(byte[] stream) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    writer =
        new Thread(
            () -> {
              try (Socket s = server.accept();
                  OutputStream out = s.getOutputStream()) {
                s.setSendBufferSize(1 << 20);
                while (running) {
                  out.write(stream);
                }
              } catch (IOException e) {
                // the reader closed the connection: the run is over
              }
            },
            "loopback-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Connects a client socket with a large receive buffer. */
  Socket connect() throws IOException {
    Socket s = new Socket();
    s.setReceiveBufferSize(1 << 20);
    s.connect(server.getLocalSocketAddress());
    return s;
  }

  /** Reads exactly {@code buf.length} bytes or fails. */
  static void readFully(InputStream in, byte[] buf, int len) throws IOException {
    int off = 0;
    while (off < len) {
      int n = in.read(buf, off, len - off);
      if (n < 0) {
        throw new IOException("stream ended");
      }
      off += n;
    }
  }

  @Override
  public void close() throws IOException {
    running = false;
    server.close();
  }
}
