package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Events of one call keep their order; different calls run in parallel. */
class OrderingTest {

  private static final int CALLS = 2000;
  private static final int STEPS = 5;

  @AmiHandler
  static class CallRecorder {
    private final Map<String, List<Integer>> steps = new ConcurrentHashMap<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();

    @OnEvent("CallStep")
    void step(AmiEvent event) {
      // A call's steps never run concurrently, so a plain list per call is safe to append to.
      steps
          .computeIfAbsent(
              event.header("Call"), k -> Collections.synchronizedList(new ArrayList<>()))
          .add(Integer.parseInt(event.header("Step")));
      threads.add(Thread.currentThread().getName());
    }

    Map<String, List<Integer>> steps() {
      return steps;
    }

    Set<String> threads() {
      return threads;
    }
  }

  /** Call i is keyed by Linkedid (its channels' Uniqueids differ), Uniqueid or Channel. */
  private static AmiEvent step(int call, int step) {
    String id = "call-" + call;
    return switch (call % 4) {
      case 0 ->
          TestEvents.generic(
              "CallStep",
              "Call",
              id,
              "Step",
              "" + step,
              "Uniqueid",
              id + "." + (step % 2),
              "Linkedid",
              id);
      case 1 -> TestEvents.generic("CallStep", "Call", id, "Step", "" + step, "Uniqueid", id);
      case 2 -> TestEvents.generic("CallStep", "Call", id, "Step", "" + step, "Channel", id);
      default ->
          TestEvents.generic("CallStep", "Call", "no-key", "Step", "" + (call * STEPS + step));
    };
  }

  /**
   * @param batched whether the client ends batches (of random sizes, so runs are cut by batch ends
   *     and by the run limit), which makes the runtime hand events on in runs
   */
  @ParameterizedTest(name = "batched={0}")
  @ValueSource(booleans = {false, true})
  void eachCallKeepsItsOrderUnderInterleavedLoad(boolean batched) {
    // Small lanes: the pushing thread is blocked by backpressure again and again.
    var settings = TestApp.settings("default").lanes(4).laneCapacity(8).build();
    try (TestApp app = TestApp.start(settings, CallRecorder.class)) {
      int[] next = new int[CALLS];
      List<Integer> open = new ArrayList<>(IntStream.range(0, CALLS).boxed().toList());
      List<String> keylessPushed = new ArrayList<>();
      Random random = new Random(42);
      if (batched) {
        app.client().endBatch();
      }
      while (!open.isEmpty()) {
        int at = random.nextInt(open.size());
        int call = open.get(at);
        AmiEvent event = step(call, next[call]++);
        if (call % 4 == 3) {
          keylessPushed.add(event.header("Step"));
        }
        app.client().push(event);
        if (batched && random.nextInt(150) == 0) {
          app.client().endBatch();
        }
        if (next[call] == STEPS) {
          open.set(at, open.get(open.size() - 1));
          open.remove(open.size() - 1);
        }
      }
      app.flush();
      CallRecorder recorder = app.bean(CallRecorder.class);
      List<Integer> inOrder = IntStream.range(0, STEPS).boxed().toList();
      for (int call = 0; call < CALLS; call++) {
        if (call % 4 != 3) {
          assertEquals(inOrder, recorder.steps().get("call-" + call), "call-" + call);
        }
      }
      List<String> keyless = recorder.steps().get("no-key").stream().map(String::valueOf).toList();
      assertEquals(CALLS / 4 * STEPS, keyless.size());
      assertTrue(keyless.equals(keylessPushed), "events without key were reordered");
      assertTrue(recorder.threads().size() > 1, "only one lane ran: " + recorder.threads());
    }
  }

  @AmiHandler
  static class Rendezvous {
    private final CountDownLatch bothInside = new CountDownLatch(2);
    private final List<Boolean> met = new CopyOnWriteArrayList<>();

    @OnEvent("Meet")
    void meet(AmiEvent event) throws InterruptedException {
      bothInside.countDown();
      met.add(bothInside.await(10, TimeUnit.SECONDS));
    }

    List<Boolean> met() {
      return met;
    }
  }

  @Test
  void callsOnDifferentLanesRunAtTheSameTime() {
    String first = "call-a";
    String second =
        IntStream.range(0, 100)
            .mapToObj(i -> "call-b" + i)
            .filter(k -> CallKeys.laneOf(0, k, 4) != CallKeys.laneOf(0, first, 4))
            .findFirst()
            .orElseThrow();
    assertNotEquals(CallKeys.laneOf(0, first, 4), CallKeys.laneOf(0, second, 4));
    try (TestApp app = TestApp.start(Rendezvous.class)) {
      app.client().push(TestEvents.generic("Meet", "Linkedid", first));
      app.client().push(TestEvents.generic("Meet", "Linkedid", second));
      app.flush();
      // Each handler waited inside for the other: only possible if both ran at once.
      assertEquals(List.of(true, true), app.bean(Rendezvous.class).met());
    }
  }
}
