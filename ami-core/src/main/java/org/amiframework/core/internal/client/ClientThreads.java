package org.amiframework.core.internal.client;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names and makes the client's threads: all daemon threads, named {@code ami-<client>-<role>} so a
 * thread dump shows which client and which job each belongs to.
 */
final class ClientThreads {

  private ClientThreads() {}

  /** The name of a thread of this client doing this job. */
  static String name(String clientName, String role) {
    return "ami-" + clientName + "-" + role;
  }

  /** A daemon thread. */
  static Thread daemon(String clientName, String role, Runnable task) {
    Thread thread = new Thread(task, name(clientName, role));
    thread.setDaemon(true);
    return thread;
  }

  /** A factory of numbered daemon threads for one job. */
  static ThreadFactory factory(String clientName, String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> daemon(clientName, role + "-" + count.incrementAndGet(), task);
  }

  /** A single-thread scheduler whose cancelled tasks leave its queue at once. */
  static ScheduledThreadPoolExecutor scheduler(String clientName, String role) {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(1, factory(clientName, role));
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return executor;
  }
}
