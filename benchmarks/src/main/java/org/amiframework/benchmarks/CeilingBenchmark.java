package org.amiframework.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1, the ceiling: a raw loopback socket reader that only counts messages (blank lines) in
 * the real 7,400-event stream, replayed as fast as the socket takes it. Nothing can be faster than
 * this on the same machine; every other figure is reported as a ratio to it. One operation is one
 * event; multiply by 398 (bytes per event in the capture) for bytes/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CeilingBenchmark {

  static final int EVENTS = 7400;

  private LoopbackStream stream;
  private Socket socket;
  private InputStream in;
  private byte[] buffer;
  private int length;

  @Setup(Level.Trial)
  public void open() throws IOException {
    byte[] bulk = SharedData.bulkEvents();
    if (SharedData.countMessages(bulk) != EVENTS) {
      throw new IllegalStateException("the bulk capture should hold " + EVENTS + " events");
    }
    length = bulk.length;
    buffer = new byte[64 * 1024];
    stream = new LoopbackStream(bulk);
    socket = stream.connect();
    in = socket.getInputStream();
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    socket.close();
    stream.close();
  }

  /** Reads one whole replay of the stream and counts its messages. */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public int countMessages() throws IOException {
    int remaining = length;
    int messages = 0;
    int run = 0; // bytes of "\r\n\r\n" matched so far, carried across reads
    while (remaining > 0) {
      int n = in.read(buffer, 0, Math.min(buffer.length, remaining));
      if (n < 0) {
        throw new IOException("stream ended");
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        run =
            (b == '\r') ? (run == 2 ? 3 : 1) : (b == '\n' && (run == 1 || run == 3)) ? run + 1 : 0;
        if (run == 4) {
          messages++;
          run = 0;
        }
      }
      remaining -= n;
    }
    if (messages != EVENTS) {
      throw new IllegalStateException("counted " + messages + " messages, expected " + EVENTS);
    }
    return messages;
  }
}
