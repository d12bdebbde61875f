package org.amiframework.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs JMH with the options given as one whitespace-separated argument (what {@code mvn -pl
 * benchmarks exec:exec -Dbench="..."} passes), and hands the shared-data location to forked JVMs.
 */
public final class RunBenchmarks {

  private RunBenchmarks() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    List<String> jmh = new ArrayList<>();
    for (String arg : args) {
      jmh.addAll(Arrays.asList(arg.trim().split("\\s+")));
    }
    jmh.removeIf(String::isEmpty);
    jmh.add("-jvmArgsAppend");
    jmh.add("-Dami.shared.dir=" + SharedData.dir());
    org.openjdk.jmh.Main.main(jmh.toArray(String[]::new));
  }
}
