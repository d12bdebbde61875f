package org.amiframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class OpenLoopPacerTest {

  @Test
  void sendsEveryEventOnceInOrder() {
    List<Long> sent = new ArrayList<>();

    OpenLoopPacer.pace(System.nanoTime(), 1_000_000, 2_000, sent::add);

    assertEquals(LongStream.range(0, 2_000).boxed().toList(), sent);
  }
}
