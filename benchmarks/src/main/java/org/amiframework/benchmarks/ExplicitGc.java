package org.amiframework.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs {@code System.gc()} and reports the heap that collection left, as the collection itself
 * reported it (its {@link GcInfo}, through the JVM's GC notifications). Reading the heap's usage
 * after {@code System.gc()} returns would not do under load: the application allocates megabytes
 * between the end of the collection and the reading.
 */
final class ExplicitGc {

  /** The heap a collection left, and how long it took. */
  record Result(long heapAfter, long millis) {}

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toUnmodifiableSet());
  private final BlockingQueue<Result> explicit = new LinkedBlockingQueue<>();

  ExplicitGc() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, context) -> heard(n), null, null);
    }
  }

  /** Collects, and returns the heap left once the collection has been reported. */
  Result collect() {
    explicit.clear();
    System.gc();
    try {
      Result result = explicit.poll(30, TimeUnit.SECONDS);
      if (result == null) {
        throw new IllegalStateException(
            "System.gc() was not reported as a collection within 30 s"
                + " (-XX:+DisableExplicitGC set?)");
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the collection", e);
    }
  }

  private void heard(javax.management.Notification n) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    if (!"System.gc()".equals(info.getGcCause())) {
      return;
    }
    GcInfo gc = info.getGcInfo();
    long after =
        gc.getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> heapPools.contains(e.getKey()))
            .mapToLong(e -> e.getValue().getUsed())
            .sum();
    explicit.add(new Result(after, gc.getDuration()));
  }
}
