package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.core.internal.client.EventDispatcher.Offer;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/**
 * The consumer takes a whole batch in one lock, but the overflow policy must still see every event
 * it has not claimed yet, as when it took them one by one. The test thread plays the consumer.
 */
class DeliveryQueueTest {

  private static final int CAPACITY = 3;

  private final ClientCounters counters = new ClientCounters();
  private int consumersStarted;

  private DeliveryQueue queue(OverflowPolicy policy) {
    return new DeliveryQueue("test", CAPACITY, policy, counters, () -> consumersStarted++);
  }

  private static AmiMessage tick(int n) {
    return AmiMessage.of("Event", "Tick", "N", Integer.toString(n));
  }

  /** Claims the whole batch; dropped slots as null. */
  private static List<Object> claimAll(DeliveryQueue q, int n) {
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(q.claim(i));
    }
    return items;
  }

  @Test
  void dropOldestDropsTheOldestUnclaimedEventEvenInsideTheBatch() throws Exception {
    DeliveryQueue q = queue(OverflowPolicy.DROP_OLDEST);
    Object notice = new Object();
    q.offer(tick(0), true);
    q.add(notice, false);
    q.offer(tick(1), true);
    q.offer(tick(2), true);
    int n = q.nextBatch();
    assertEquals(4, n);
    assertEquals(tick(0), q.claim(0)); // being delivered: no longer queued
    assertEquals(2, q.queuedEvents());

    assertEquals(Offer.QUEUED, q.offer(tick(3), true));
    assertEquals(Offer.QUEUED, q.offer(tick(4), true)); // full: tick 1 goes

    assertEquals(CAPACITY, q.queuedEvents());
    assertEquals(1, counters.eventsDropped());
    List<Object> rest = claimAll(q, n).subList(1, n);
    assertSame(notice, rest.get(0), "a notice is never dropped");
    assertNull(rest.get(1), "tick 1 was the oldest unclaimed event");
    assertEquals(tick(2), rest.get(2));
    assertEquals(List.of(tick(3), tick(4)), claimAll(q, q.nextBatch()));
    assertEquals(0, q.queuedEvents());
    assertEquals(1, consumersStarted);
  }

  @Test
  void dropNewestKeepsTheBatchAndCountsTheOffered() throws Exception {
    DeliveryQueue q = queue(OverflowPolicy.DROP_NEWEST);
    for (int i = 0; i < CAPACITY; i++) {
      q.offer(tick(i), true);
    }
    int n = q.nextBatch();
    assertEquals(Offer.DROPPED, q.offer(tick(9), true));
    assertEquals(List.of(tick(0), tick(1), tick(2)), claimAll(q, n));
    assertEquals(1, counters.eventsDropped());
    assertEquals(0, q.queuedEvents());
  }

  @Test
  void reconnectClearsUnclaimedEventsOfTheBatchAndTheQueueButKeepsNotices() throws Exception {
    DeliveryQueue q = queue(OverflowPolicy.RECONNECT);
    Object notice = new Object();
    q.offer(tick(0), true);
    q.offer(tick(1), true);
    int n = q.nextBatch();
    q.claim(0);
    q.add(notice, false);
    q.offer(tick(2), true);
    q.offer(tick(3), true);

    assertEquals(Offer.RECONNECT, q.offer(tick(4), true));

    assertEquals(0, q.queuedEvents());
    assertEquals(4, counters.eventsDropped(), "ticks 1, 2 and 3 cleared, tick 4 refused");
    assertNull(q.claim(n - 1));
    assertEquals(List.of(notice), claimAll(q, q.nextBatch()));
  }

  @Test
  void nothingIsQueuedAfterTheLastItem() throws Exception {
    DeliveryQueue q = queue(OverflowPolicy.DROP_NEWEST);
    Object stop = new Object();
    q.offer(tick(0), true);
    q.add(stop, true);
    assertEquals(Offer.DROPPED, q.offer(tick(1), true));
    q.add(new Object(), false);
    assertEquals(List.of(tick(0), stop), claimAll(q, q.nextBatch()));
    assertEquals(1, counters.eventsDropped());
  }
}
