package org.amiframework.samples.callmonitor.demo;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated PBX's calls and what they share, as one Asterisk's calls do: the counters its
 * Uniqueids, channel names and bridge ids are made from, and who waits in which queue.
 */
public final class Switchboard {

  /** Asterisk's Uniqueids are its start time in seconds, a dot and a sequence number. */
  private final long bootSeconds = Instant.now().getEpochSecond();

  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong channels = new AtomicLong();
  private final AtomicLong bridges = new AtomicLong();
  private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();

  /** Starts writing a new call. */
  public CallFlow newCall() {
    return new CallFlow(this);
  }

  String uniqueid() {
    return bootSeconds + "." + sequence.getAndIncrement();
  }

  /** The hex counter after a channel's device name: {@code PJSIP/100-0000002a}. */
  String channelSuffix() {
    return HexFormat.of().toHexDigits((int) channels.incrementAndGet());
  }

  String bridgeId() {
    return String.format("5605f234-6c41-4be2-a9a6-%012x", bridges.incrementAndGet());
  }

  /** One more caller waits in the queue; how many wait now. */
  int queueJoined(String queue) {
    return waiting.computeIfAbsent(queue, q -> new AtomicInteger()).incrementAndGet();
  }

  /** One caller fewer waits in the queue; how many wait now. */
  int queueLeft(String queue) {
    return waiting
        .computeIfAbsent(queue, q -> new AtomicInteger())
        .updateAndGet(n -> n > 0 ? n - 1 : 0);
  }
}
