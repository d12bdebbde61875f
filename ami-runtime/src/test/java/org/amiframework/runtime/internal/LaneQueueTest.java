package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.Test;

/** A lane's queue takes runs as far as there is room, in order, and waits only when told to. */
class LaneQueueTest {

  private static Delivery[] run(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> new Delivery(null, TestEvents.generic("Step", "N", "" + i), null))
        .toArray(Delivery[]::new);
  }

  private static List<String> numbers(List<Delivery> taken) {
    return taken.stream().map(d -> d.event().header("N")).toList();
  }

  @Test
  void aRunIsTakenAsFarAsThereIsRoomAndComesOutInOrder() throws Exception {
    LaneQueue queue = new LaneQueue(5);
    Delivery[] run = run(8);
    assertEquals(3, queue.offer(run, 0, 3));
    assertEquals(2, queue.offer(run, 3, 5), "only the room left");
    assertEquals(0, queue.offer(run, 5, 3), "full");
    assertFalse(queue.offer(run[7]));
    assertEquals(5, queue.size());
    List<Delivery> taken = new ArrayList<>();
    queue.takeBatch(taken, 4);
    assertEquals(List.of("0", "1", "2", "3"), numbers(taken));
    // Wraps around the end of the array, still in order.
    assertEquals(3, queue.offer(run, 5, 3));
    taken.clear();
    queue.drainTo(taken);
    assertEquals(List.of("4", "5", "6", "7"), numbers(taken));
    assertEquals(0, queue.size());
  }

  @Test
  void aTimedOfferGivesUpOnAFullQueue() throws Exception {
    LaneQueue queue = new LaneQueue(2);
    Delivery[] run = run(3);
    assertEquals(2, queue.offer(run, 0, 3, 1, TimeUnit.MILLISECONDS));
    assertEquals(0, queue.offer(run, 2, 1, 20, TimeUnit.MILLISECONDS));
    assertFalse(queue.offer(run[2], 20, TimeUnit.MILLISECONDS));
  }

  @Test
  void aProducerWaitingForRoomGoesOnWhenTheLaneTakes() throws Exception {
    LaneQueue queue = new LaneQueue(2);
    Delivery[] run = run(4);
    assertEquals(2, queue.offer(run, 0, 2));
    CompletableFuture<Integer> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return queue.offer(run, 2, 2, 10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    List<Delivery> taken = new ArrayList<>();
    queue.takeBatch(taken, 1);
    assertEquals(1, waiting.get(10, TimeUnit.SECONDS), "the one free slot");
    taken.clear();
    queue.drainTo(taken);
    assertEquals(List.of("1", "2"), numbers(taken));
  }

  @Test
  void aLaneWaitingForWorkWakesForARun() throws Exception {
    LaneQueue queue = new LaneQueue(8);
    List<Delivery> taken = new ArrayList<>();
    CompletableFuture<Void> lane =
        CompletableFuture.runAsync(
            () -> {
              try {
                queue.takeBatch(taken, 8);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Delivery[] run = run(3);
    assertEquals(3, queue.offer(run, 0, 3));
    lane.get(10, TimeUnit.SECONDS);
    assertEquals(List.of("0", "1", "2"), numbers(taken), "a run is added at once");
  }

  @Test
  void aQueueNeedsRoom() {
    assertThrows(IllegalArgumentException.class, () -> new LaneQueue(0));
  }
}
