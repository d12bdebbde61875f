package org.amiframework.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.AmiSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4, dispatch: what the runtime costs per event between {@link AmiRuntime#publish} and the
 * handler method, with {@code handlers} {@code @OnEvent} methods registered.
 *
 * <p>Each operation of {@link #publishAndFlush} publishes 1,000 real {@code Newexten} events of the
 * bulk capture (decoded once, beforehand) and flushes, on a runtime with {@code lanes} lanes (one
 * unless {@code -p lanes=N}) and an offline client; the score is ns per event (lower is better).
 * The handler beans besides {@link NewextenHandler} are generated at trial setup by {@link
 * GeneratedHandlers}, one class per handler:
 *
 * <ul>
 *   <li>{@code subscribers=one}: the others subscribe to names that are never dispatched, so the
 *       score should be the same for 1, 100 and 1,000 handlers: the dispatch table is looked up by
 *       name, and handlers of other names are never visited;
 *   <li>{@code subscribers=all}: every handler subscribes to {@code Newexten}, so the score grows
 *       with the handlers; divide the growth by {@code handlers - 1} for the cost of one handler
 *       call through the runtime.
 * </ul>
 *
 * <p>{@link #directCall} is the baseline: the same handler method called directly, in a loop, with
 * no runtime at all. The difference between it and {@link #publishAndFlush} at one handler is the
 * runtime's own cost: the hand-off to the lane thread, the lookup, the invoker, the future.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DispatchBenchmark {

  static final int BATCH = 1000;
  private static final String SERVER = "bench";
  private static final String EVENT = "Newexten";

  /** Publishes one batch of events and waits until every handler has run. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void publishAndFlush(Booted booted) {
    for (AmiEvent e : booted.events) {
      booted.runtime.publish(SERVER, e);
    }
    booted.runtime.flush().join();
    booted.published += BATCH;
  }

  /** The baseline: the handler method called directly, once per event of the same batch. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long directCall(Direct direct) {
    for (AmiEvent e : direct.events) {
      direct.handler.on(e);
    }
    return direct.handler.received();
  }

  /** The batch: the first 1,000 {@code Newexten} events of the capture, typed. */
  static AmiEvent[] newextenBatch(Bindings bindings) {
    List<AmiEvent> newexten = new ArrayList<>();
    for (AmiMessage m : SharedData.bulkMessages()) {
      if (EVENT.equals(m.eventName())) {
        newexten.add(bindings.decodeEvent(m));
      }
    }
    return newexten.subList(0, BATCH).toArray(AmiEvent[]::new);
  }

  static Bindings stockBindings() {
    return AmiClientConfig.builder().username("bench").secret("unused").build().bindings();
  }

  /** The handler as a plain object, no runtime. */
  @State(Scope.Thread)
  public static class Direct {
    final NewextenHandler handler = new NewextenHandler();
    AmiEvent[] events;

    @Setup(Level.Trial)
    public void load() {
      events = newextenBatch(stockBindings());
    }
  }

  /** A booted runtime with {@code handlers} handler methods. */
  @State(Scope.Thread)
  public static class Booted {

    @Param({"1", "100", "1000"})
    public int handlers;

    @Param({"one", "all"})
    public String subscribers;

    @Param({"1"})
    public int lanes;

    AmiRuntime runtime;
    AmiEvent[] events;
    long published;
    private AmiApplication app;
    private NewextenHandler target;
    private long generatedCallsBefore;

    @Setup(Level.Trial)
    public void boot() {
      Bindings bindings = stockBindings();
      events = newextenBatch(bindings);
      List<Class<?>> beans = new ArrayList<>();
      beans.add(NewextenHandler.class);
      beans.addAll(GeneratedHandlers.subscribedTo("N" + handlers + subscribers, otherNames()));
      AmiClientConfig server =
          AmiClientConfig.builder().name(SERVER).username("bench").secret("unused").build();
      app =
          AmiApplication.builder()
              .disableDiscovery()
              .settings(AmiSettings.builder().lanes(lanes).server(server).build())
              .clientFactory(OfflineAmiClient::new)
              .bindings(bindings)
              .beanClasses(beans.toArray(Class<?>[]::new))
              .start();
      runtime = app.runtime();
      target = app.container().select(NewextenHandler.class).get();
    }

    /** The names the generated handlers subscribe to: {@code handlers - 1} of them. */
    private List<String> otherNames() {
      switch (subscribers) {
        case "all":
          return Collections.nCopies(handlers - 1, EVENT);
        case "one":
          List<String> names = new ArrayList<>();
          for (int i = 1; i < handlers; i++) {
            names.add("NeverSent" + i);
          }
          return names;
        default:
          throw new IllegalArgumentException("subscribers is 'one' or 'all', not " + subscribers);
      }
    }

    @Setup(Level.Iteration)
    public void startCounting() {
      runtime.flush().join();
      published = 0;
      generatedCallsBefore = GeneratedHandlers.calls;
      target.reset();
    }

    /** Fails the run when an event was lost: every handler subscribed must have seen each one. */
    @TearDown(Level.Iteration)
    public void checkDelivered() {
      runtime.flush().join();
      long others = GeneratedHandlers.calls - generatedCallsBefore;
      long expectedOthers = subscribers.equals("all") ? published * (handlers - 1) : 0;
      if (target.received() != published || others != expectedOthers) {
        throw new IllegalStateException(
            "published "
                + published
                + " events, but the target received "
                + target.received()
                + " and the generated handlers ran "
                + others
                + " times instead of "
                + expectedOthers);
      }
    }

    @TearDown(Level.Trial)
    public void shutDown() {
      app.close();
    }
  }
}
