package org.amiframework.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.amiframework.asterisk.enums.Disposition;
import org.amiframework.asterisk.event.Cdr;
import org.amiframework.asterisk.event.DeviceStateChange;
import org.amiframework.asterisk.event.Hangup;
import org.amiframework.asterisk.event.Newchannel;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.AmiHandler;
import org.amiframework.runtime.OnEvent;
import org.amiframework.runtime.Where;

/**
 * The soak's application-like handlers, on typed events: a table of the channels up (added on
 * {@code Newchannel}, removed on {@code Hangup}), a filtered handler ({@link Where}: devices
 * becoming idle) and CDR totals read from typed fields. Its state is bounded as long as every
 * channel that appears also hangs up, which holds for the capture.
 *
 * <p>{@link #tallies()} says what each handler must have received for a given stream, so a run can
 * prove that the runtime delivered exactly that, no more, no less.
 */
@AmiHandler
public class SoakCallHandler {

  private final Map<String, String> channelsUp = new ConcurrentHashMap<>();
  private final LongAdder created = new LongAdder();
  private final LongAdder hungUp = new LongAdder();
  private final LongAdder devicesIdle = new LongAdder();
  private final Map<Disposition, LongAdder> billedSeconds = new ConcurrentHashMap<>();

  @OnEvent
  void channelCreated(Newchannel channel) {
    created.increment();
    channelsUp.put(channel.uniqueid(), channel.channel());
  }

  @OnEvent
  void channelGone(Hangup hangup) {
    hungUp.increment();
    channelsUp.remove(hangup.uniqueid());
  }

  @OnEvent
  @Where(header = "State", equals = "NOT_INUSE")
  void deviceIdle(DeviceStateChange change) {
    devicesIdle.increment();
  }

  @OnEvent
  void callRecorded(Cdr cdr) {
    Duration billed = cdr.billableSeconds();
    Disposition disposition =
        Objects.requireNonNullElse(cdr.disposition(), Disposition.UNRECOGNIZED);
    billedSeconds
        .computeIfAbsent(disposition, d -> new LongAdder())
        .add(billed == null ? 0 : billed.toSeconds());
  }

  /** Channels created and not hung up yet. */
  int channelsUp() {
    return channelsUp.size();
  }

  /** What each handler received, and what it must receive of a message, to compare. */
  List<Tally> tallies() {
    return List.of(
        new Tally("channelCreated (Newchannel)", m -> is(m, "Newchannel") ? 1 : 0, created::sum),
        new Tally("channelGone (Hangup)", m -> is(m, "Hangup") ? 1 : 0, hungUp::sum),
        new Tally(
            "deviceIdle (@Where State = NOT_INUSE)",
            m -> is(m, "DeviceStateChange") && "NOT_INUSE".equals(m.get("State")) ? 1 : 0,
            devicesIdle::sum),
        new Tally(
            "callRecorded (Cdr), billed seconds of ANSWERED",
            m -> is(m, "Cdr") && "ANSWERED".equals(m.get("Disposition")) ? billed(m) : 0,
            () -> billedSeconds.getOrDefault(Disposition.ANSWERED, new LongAdder()).sum()));
  }

  private static boolean is(AmiMessage message, String event) {
    return event.equals(message.get("Event"));
  }

  private static long billed(AmiMessage cdr) {
    return Long.parseLong(cdr.get("BillableSeconds"));
  }

  /**
   * One handler's tally: {@code perMessage} is what one message of the stream adds to it, {@code
   * actual} what the handler has counted.
   */
  record Tally(String handler, ToLongFunction<AmiMessage> perMessage, LongSupplier actual) {}
}
