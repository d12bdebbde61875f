package org.amiframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The control of the latency benchmark: the least a client can do. It logs in over a plain socket,
 * then one thread reads and only scans the bytes for {@link BulkStreamServer#SENT_NANOS} headers,
 * recording each against the clock read when its bytes came out of {@code read()}. What this
 * measures is the server's writer, the loopback socket and the scheduler of this machine: the floor
 * under any client's latency here.
 */
final class RawSocketReader implements AutoCloseable {

  private static final byte[] MARK =
      ("\r\n" + BulkStreamServer.SENT_NANOS + ": ").getBytes(StandardCharsets.ISO_8859_1);

  private final Socket socket;
  private final LatencyRecorder recorder = new LatencyRecorder();
  private final Thread reader;

  RawSocketReader(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    String login =
        "Action: Login\r\nUsername: "
            + BulkStreamServer.USERNAME
            + "\r\nSecret: "
            + BulkStreamServer.SECRET
            + "\r\n\r\n";
    socket.getOutputStream().write(login.getBytes(StandardCharsets.ISO_8859_1));
    reader = new Thread(this::readLoop, "raw-socket-reader");
    reader.setDaemon(true);
    reader.start();
  }

  LatencyRecorder recorder() {
    return recorder;
  }

  private void readLoop() {
    byte[] buf = new byte[64 * 1024];
    int matched = 0; // bytes of MARK matched so far, carried across reads
    long value = -1; // the digits of a send time being read, or -1 outside one
    try (InputStream in = socket.getInputStream()) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        long now = System.nanoTime();
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (value >= 0) {
            if (b >= '0' && b <= '9') {
              value = value * 10 + (b - '0');
              continue;
            }
            recorder.record(value, now);
            value = -1;
          }
          matched = b == MARK[matched] ? matched + 1 : (b == MARK[0] ? 1 : 0);
          if (matched == MARK.length) {
            matched = 0;
            value = 0;
          }
        }
      }
    } catch (IOException e) {
      // closed: the trial is over
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
