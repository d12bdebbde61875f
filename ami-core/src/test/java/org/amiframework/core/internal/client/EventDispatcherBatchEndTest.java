package org.amiframework.core.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.ConnectionListener;
import org.amiframework.core.client.EventListener;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.core.message.AmiMessage;
import org.junit.jupiter.api.Test;

/** Listeners hear where the events delivered together end: batches, notices, the last batch. */
class EventDispatcherBatchEndTest {

  private final EventDispatcher dispatcher =
      new EventDispatcher(
          "batch-end-test", 100, OverflowPolicy.DROP_OLDEST, Bindings.none(), new ClientCounters());

  /** Writes "N" for each event and "|" at each batch end, in the order it hears them. */
  private static final class Recorder implements EventListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(AmiEvent event) {
      heard.add(event.header("N"));
    }

    @Override
    public void onBatchEnd() {
      heard.add("|");
    }
  }

  private static AmiMessage tick(int n) {
    return AmiMessage.of("Event", "Tick", "N", Integer.toString(n));
  }

  /** A listener that ignores events and runs {@code action} at each batch end. */
  private static EventListener onBatchEnd(Runnable action) {
    return new EventListener() {
      @Override
      public void onEvent(AmiEvent event) {}

      @Override
      public void onBatchEnd() {
        action.run();
      }
    };
  }

  /** Queues events without waking the delivery thread, then wakes it once: one batch. */
  private void offerAsOneBatch(int... numbers) {
    for (int n : numbers) {
      dispatcher.offerFromRead(tick(n));
    }
    dispatcher.endOfRead();
  }

  private void stopAndAwait(CountDownLatch closed) throws InterruptedException {
    dispatcher.announce(ConnectionListener::onClosed);
    dispatcher.stop();
    assertTrue(closed.await(10, TimeUnit.SECONDS), "the delivery thread did not get to the end");
  }

  private CountDownLatch closedLatch() {
    CountDownLatch closed = new CountDownLatch(1);
    dispatcher.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onClosed() {
            closed.countDown();
          }
        });
    return closed;
  }

  @Test
  void eachBatchEndsWithOneCallAfterItsEvents() throws Exception {
    Recorder recorder = new Recorder();
    dispatcher.subscribe(recorder);
    CountDownLatch closed = closedLatch();
    // The delivery thread may take the first batch before the rest is queued: each event is
    // followed by a batch end at the latest when the notice comes.
    offerAsOneBatch(1, 2, 3);
    stopAndAwait(closed);
    List<String> heard = recorder.heard;
    assertEquals("|", heard.get(heard.size() - 1), () -> "no batch end after the last: " + heard);
    assertEquals(List.of("1", "2", "3"), heard.stream().filter(s -> !s.equals("|")).toList());
    for (int i = 1; i < heard.size(); i++) {
      assertTrue(
          !(heard.get(i).equals("|") && heard.get(i - 1).equals("|")),
          () -> "a batch end with nothing delivered since the last: " + heard);
    }
  }

  @Test
  void aNoticeComesAfterTheBatchEndOfTheEventsBeforeIt() throws Exception {
    Recorder recorder = new Recorder();
    dispatcher.subscribe(recorder);
    dispatcher.addConnectionListener(
        new ConnectionListener() {
          @Override
          public void onDisconnected(Throwable cause) {
            recorder.heard.add("notice");
          }
        });
    CountDownLatch closed = closedLatch();
    dispatcher.offerFromRead(tick(1));
    dispatcher.announce(l -> l.onDisconnected(null));
    dispatcher.offerFromRead(tick(2));
    dispatcher.endOfRead();
    stopAndAwait(closed);
    assertEquals(List.of("1", "|", "notice", "2", "|"), recorder.heard);
  }

  @Test
  void aThrowingBatchEndIsLoggedAndTheOtherListenersStillHearIt() throws Exception {
    dispatcher.subscribe(
        onBatchEnd(
            () -> {
              throw new IllegalStateException("thrown on purpose by the test");
            }));
    Recorder recorder = new Recorder();
    dispatcher.subscribe(recorder);
    CountDownLatch closed = closedLatch();
    offerAsOneBatch(1);
    offerAsOneBatch(2);
    stopAndAwait(closed);
    List<String> heard = recorder.heard;
    assertEquals(List.of("1", "2"), heard.stream().filter(s -> !s.equals("|")).toList());
    assertEquals("|", heard.get(heard.size() - 1), () -> "no batch end after the last: " + heard);
  }

  @Test
  void theLastEventsBeforeStopStillGetABatchEnd() throws Exception {
    Recorder recorder = new Recorder();
    dispatcher.subscribe(recorder);
    CountDownLatch ended = new CountDownLatch(1);
    dispatcher.subscribe(onBatchEnd(ended::countDown));
    // One batch: an event, then the end of delivery with no notice in between.
    dispatcher.offerFromRead(tick(1));
    dispatcher.stop();
    assertTrue(ended.await(10, TimeUnit.SECONDS), () -> "no batch end: " + recorder.heard);
    assertEquals(List.of("1", "|"), recorder.heard);
  }
}
