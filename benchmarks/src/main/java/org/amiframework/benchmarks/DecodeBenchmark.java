package org.amiframework.benchmarks;

import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2, decode: the real stream, in memory, through the frame reader (fed in 64 KiB reads
 * like a socket) and the client's default bindings into typed events, on one thread. One operation
 * is one event; run with {@code -prof gc} for bytes allocated per event. Each iteration also prints
 * the events per CPU-second of the benchmark thread ({@link ThreadCpuClock}), the one-core rate
 * when the machine is shared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecodeBenchmark {

  private byte[] stream;
  private Bindings bindings;
  private final ThreadCpuClock cpu = new ThreadCpuClock();

  @Setup(Level.Trial)
  public void load() {
    stream = SharedData.bulkEvents();
    bindings = AmiClientConfig.builder().username("bench").secret("unused").build().bindings();
  }

  // Iteration-level setup and teardown run on the benchmark thread, so the CPU clock is its own.
  @Setup(Level.Iteration)
  public void startClock() {
    cpu.start();
  }

  @TearDown(Level.Iteration)
  public void printCpuRate() {
    System.out.println(cpu.report());
  }

  /** Frames and decodes the 7,400 events once. */
  @Benchmark
  @OperationsPerInvocation(CeilingBenchmark.EVENTS)
  public void decode(Blackhole bh) {
    FrameReader reader =
        new FrameReader(
            FrameLimits.DEFAULT,
            new FrameHandler() {
              @Override
              public void onMessage(AmiMessage message) {
                bh.consume(bindings.decodeEvent(message));
              }
            },
            FrameReader.Side.CLIENT,
            false);
    for (int off = 0; off < stream.length; off += 65536) {
      reader.feed(stream, off, Math.min(65536, stream.length - off));
    }
    cpu.add(CeilingBenchmark.EVENTS);
  }
}
