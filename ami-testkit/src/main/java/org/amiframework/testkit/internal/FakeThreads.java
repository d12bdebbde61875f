package org.amiframework.testkit.internal;

/**
 * Makes the fake's threads, marked so that code reached from them (a stub's answer that emits, a
 * scripted event) can tell it is running inside the fake: there, waiting for a client to handle
 * something would wait for the very thread that has to answer it.
 */
public final class FakeThreads {

  private FakeThreads() {}

  /** A daemon thread of the fake, not started. */
  public static Thread daemon(String name, Runnable task) {
    Thread t = new FakeThread(task, name);
    t.setDaemon(true);
    return t;
  }

  /** Whether the calling thread is one of the fake's. */
  public static boolean isFakeThread() {
    return Thread.currentThread() instanceof FakeThread;
  }

  private static final class FakeThread extends Thread {
    FakeThread(Runnable task, String name) {
      super(task, name);
    }
  }
}
