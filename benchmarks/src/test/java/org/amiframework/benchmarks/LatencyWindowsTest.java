package org.amiframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyWindowsTest {

  private static final long START = 1_000_000;
  private static final long WINDOW = 1_000;

  @Test
  void latenciesGoToTheWindowTheirEventWasSentIn() {
    LatencyWindows windows = new LatencyWindows(START, WINDOW, 10);
    windows.record(START + 10, START + 30); // window 0: 20
    windows.record(START + 999, START + 1_200); // window 0 although it arrives in window 1: 201
    windows.record(START + 1_000, START + 1_005); // window 1: 5

    Percentiles first = windows.take(0);
    Percentiles second = windows.take(1);

    assertEquals(2, first.count());
    assertEquals(20, first.at(50));
    assertEquals(201, first.max());
    assertEquals(1, second.count());
    assertEquals(5, second.max());
    assertEquals(0, windows.late());
  }

  @Test
  void aTakenWindowIsReusedThreeWindowsOnAndLateArrivalsAreCounted() {
    LatencyWindows windows = new LatencyWindows(START, WINDOW, 10);
    windows.record(START, START + 1);
    windows.take(0);

    windows.record(START + 500, START + 5_000); // window 0 again, already taken
    windows.record(START + 3_000, START + 3_007); // window 3, in window 0's slot

    assertEquals(1, windows.late());
    assertNull(windows.take(1));
    assertNull(windows.take(2));
    assertEquals(7, windows.take(3).max());
  }

  @Test
  void arrivalsBeyondCapacityOrBeforeTheStartAreCountedNotRecorded() {
    LatencyWindows windows = new LatencyWindows(START, WINDOW, 2);
    for (int i = 0; i < 5; i++) {
      windows.record(START + i, START + 100);
    }
    windows.record(START - 1, START);

    assertEquals(2, windows.take(0).count());
    assertEquals(4, windows.late());
  }

  @Test
  void windowsMustBeTakenInOrder() {
    LatencyWindows windows = new LatencyWindows(START, WINDOW, 2);

    assertThrows(IllegalStateException.class, () -> windows.take(1 + 3));
  }
}
