package org.amiframework.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6 #5, code generation: the time javac takes, in this JVM (javax.tools), to run
 * ami-processor on the whole {@code core-en_US.xml} of Asterisk 22.10.1 and compile everything it
 * generates: what a user's build pays to regenerate bindings. One operation is one whole
 * compilation; the score is seconds per compilation (lower is better). Single shots, since a build
 * runs it once: the first iterations also show how much a cold JVM pays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CodegenBenchmark {

  /** Fewer classes than this means the processor generated far less than the file defines. */
  private static final int MIN_CLASSES = 300;

  private Path definitions;

  @Setup(Level.Trial)
  public void locate() {
    definitions = GeneratedBindings.definitions();
  }

  /** Generates the bindings and compiles them; returns how many classes came out. */
  @Benchmark
  public int generateAndCompile() {
    int classes = GeneratedBindings.compile(definitions).size();
    if (classes < MIN_CLASSES) {
      throw new IllegalStateException("only " + classes + " classes were generated");
    }
    return classes;
  }
}
