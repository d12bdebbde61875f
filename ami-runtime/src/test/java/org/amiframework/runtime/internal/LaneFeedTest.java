package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's feed holds each lane's events until the run is full or the client ends a batch, and
 * nothing overtakes what it holds: not the barriers of a flush, not the shutdown.
 */
class LaneFeedTest {

  private static final long WAIT_S = 10;

  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final DispatchMetrics metrics = new DispatchMetrics();
  private final ExecutorService delivery =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-delivery"));
  private final CountDownLatch gate = new CountDownLatch(1);
  private Lanes lanes;
  private LaneFeed feed;

  /** Starts lanes whose dispatcher records the header N of each event. */
  private void start(int count, int capacity, boolean gated) {
    Consumer<Delivery> dispatcher =
        d -> {
          if (gated) {
            await(gate);
          }
          handled.add(d.event().header("N"));
        };
    lanes = new Lanes(count, capacity, dispatcher, metrics);
    lanes.start();
    feed = lanes.feed(new ServerLink(0, "default", null));
  }

  @AfterEach
  void stop() {
    gate.countDown();
    delivery.shutdownNow();
    if (lanes != null) {
      lanes.shutdown(Duration.ofSeconds(WAIT_S));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(WAIT_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static AmiEvent event(String call, int n) {
    return TestEvents.generic("Step", "Uniqueid", call, "N", Integer.toString(n));
  }

  /** Runs {@code work} on the feed's delivery thread and waits for it. */
  private void onDelivery(Runnable work) throws Exception {
    delivery.submit(work).get(WAIT_S, TimeUnit.SECONDS);
  }

  /** Events {@code from..to-1} of one call, delivered one by one. */
  private Runnable deliver(String call, int from, int to) {
    return () -> IntStream.range(from, to).forEach(n -> feed.onEvent(event(call, n)));
  }

  /** Publishes a marker on the lane of {@code call} and waits until it is handled. */
  private void markerHandled(String call) throws Exception {
    Delivery marker =
        new Delivery(
            new ServerLink(0, "default", null), event(call, -1), new CompletableFuture<>());
    assertTrue(lanes.submit(marker));
    marker.done().get(WAIT_S, TimeUnit.SECONDS);
  }

  private static List<String> range(int from, int to) {
    return IntStream.range(from, to).mapToObj(Integer::toString).toList();
  }

  @Test
  void eventsGoOnAtOnceUntilTheClientHasEndedABatch() throws Exception {
    start(2, 16, false);
    onDelivery(deliver("a", 0, 3));
    lanes.flush().get(WAIT_S, TimeUnit.SECONDS);
    assertEquals(range(0, 3), handled);
    assertEquals(3, metrics.eventsAccepted());
  }

  @Test
  void heldEventsCountAsQueuedAndGoOnAtTheBatchEndBeforeAFlushFromElsewhere() throws Exception {
    start(1, 16, false);
    onDelivery(feed::onBatchEnd);
    onDelivery(deliver("a", 0, 3));
    assertEquals(3, metrics.eventsAccepted());
    assertEquals(3, metrics.eventsQueued());
    CompletableFuture<Void> flushed = lanes.flush();
    // One lane: had the flush placed its barrier, it would be done once a later event is.
    markerHandled("a");
    assertFalse(flushed.isDone(), "a flush overtook the events the feed holds");
    assertEquals(List.of("-1"), handled);

    onDelivery(feed::onBatchEnd);
    flushed.get(WAIT_S, TimeUnit.SECONDS);
    assertEquals(List.of("-1", "0", "1", "2"), handled);
    assertEquals(0, metrics.eventsQueued());
    assertEquals(4, metrics.eventsDispatched());
  }

  @Test
  void aFullRunGoesOnWithoutABatchEnd() throws Exception {
    start(1, 256, false);
    onDelivery(feed::onBatchEnd);
    onDelivery(deliver("a", 0, LaneFeed.RUN - 1));
    markerHandled("a");
    assertEquals(List.of("-1"), handled, "a run short of full went on");
    assertEquals(LaneFeed.RUN - 1, metrics.eventsQueued());

    onDelivery(deliver("a", LaneFeed.RUN - 1, LaneFeed.RUN));
    markerHandled("a");
    assertEquals(LaneFeed.RUN + 2, handled.size());
    assertEquals(range(0, LaneFeed.RUN), handled.subList(1, LaneFeed.RUN + 1));
  }

  @Test
  void aFullLaneHoldsTheDeliveryThreadBackAndLosesNothing() throws Exception {
    start(1, 4, true);
    onDelivery(feed::onBatchEnd);
    Future<?> delivering =
        delivery.submit(
            () -> {
              deliver("a", 0, 100).run();
              feed.onBatchEnd();
            });
    // The lane runs at most one batch of 4 and holds 4 more: the run cannot have gone on.
    assertFalse(delivering.isDone(), "100 events fitted into a lane of 4");
    gate.countDown();
    delivering.get(WAIT_S, TimeUnit.SECONDS);
    lanes.flush().get(WAIT_S, TimeUnit.SECONDS);
    assertEquals(range(0, 100), handled);
    assertEquals(100, metrics.eventsAccepted());
    assertEquals(100, metrics.eventsDispatched());
    assertEquals(0, metrics.eventsDiscarded());
    assertEquals(0, metrics.eventsQueued());
  }

  @Test
  void whatTheDeliveryThreadPublishesGoesAfterWhatItsFeedHolds() throws Exception {
    start(2, 16, false);
    onDelivery(feed::onBatchEnd);
    AtomicReference<CompletableFuture<Void>> published = new AtomicReference<>();
    onDelivery(
        () -> {
          deliver("a", 0, 2).run();
          // What DefaultAmiRuntime.publish does, on the delivery thread of a client listener.
          lanes.handOnHeld();
          Delivery p =
              new Delivery(
                  new ServerLink(0, "default", null), event("a", 2), new CompletableFuture<>());
          lanes.submit(p);
          published.set(p.done());
        });
    // No batch end: the feed went on because its own thread published.
    published.get().get(WAIT_S, TimeUnit.SECONDS);
    assertEquals(range(0, 3), handled);
  }

  @Test
  void aFlushOnTheDeliveryThreadHandsItsFeedOnFirst() throws Exception {
    start(2, 16, false);
    onDelivery(feed::onBatchEnd);
    AtomicReference<CompletableFuture<Void>> flushed = new AtomicReference<>();
    onDelivery(
        () -> {
          deliver("a", 0, 2).run();
          deliver("b", 2, 4).run();
          flushed.set(lanes.flush());
        });
    // No batch end will come: the flush must have handed the feed on itself.
    flushed.get().get(WAIT_S, TimeUnit.SECONDS);
    assertEquals(4, handled.size());
    assertEquals(0, metrics.eventsQueued());
  }

  @Test
  void shutdownWaitsForWhatTheFeedsHoldAndThenTakesNoMore() throws Exception {
    start(2, 16, false);
    onDelivery(feed::onBatchEnd);
    onDelivery(deliver("a", 0, 5));
    // A second client, which never ends batches, shows when the shutdown has muted the feeds:
    // until then each of its events goes on (and is counted), then none is.
    LaneFeed other = lanes.feed(new ServerLink(1, "other", null));
    CompletableFuture<Integer> shutdown =
        CompletableFuture.supplyAsync(() -> lanes.shutdown(Duration.ofSeconds(WAIT_S)));
    long accepted;
    do {
      accepted = metrics.eventsAccepted();
      other.onEvent(event("z", 1000));
    } while (metrics.eventsAccepted() > accepted);
    onDelivery(feed::onBatchEnd);

    assertEquals(0, shutdown.get(WAIT_S, TimeUnit.SECONDS));
    assertEquals(range(0, 5), handled.stream().filter(n -> !n.equals("1000")).toList());
    assertEquals(accepted, metrics.eventsDispatched());
    assertEquals(0, metrics.eventsDiscarded());
    assertEquals(0, metrics.eventsQueued());
    onDelivery(deliver("a", 5, 6));
    assertEquals(accepted, metrics.eventsAccepted(), "a muted feed took an event");
  }

  @Test
  void whatAFeedStillHoldsAfterTheShutdownTimeoutIsDiscardedAndCounted() throws Exception {
    start(2, 16, false);
    onDelivery(feed::onBatchEnd);
    onDelivery(deliver("a", 0, 5));
    assertEquals(0, lanes.shutdown(Duration.ofMillis(50)), "nothing was in the lanes");
    assertEquals(5, metrics.eventsQueued(), "still held by the feed");

    onDelivery(feed::onBatchEnd);
    assertEquals(List.of(), handled);
    assertEquals(5, metrics.eventsAccepted());
    assertEquals(5, metrics.eventsDiscarded());
    assertEquals(0, metrics.eventsDispatched());
    assertEquals(0, metrics.eventsQueued());
  }
}
