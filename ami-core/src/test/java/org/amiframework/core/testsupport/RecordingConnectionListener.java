package org.amiframework.core.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.ConnectionListener;

/**
 * Records connection notices as short strings, in order: {@code connected 11.0.0}, {@code loggedIn
 * false}, {@code disconnected <cause class or null>}, {@code closed}. Also records the thread each
 * came on and the causes of disconnects.
 */
public final class RecordingConnectionListener implements ConnectionListener {

  private final LinkedBlockingQueue<String> notices = new LinkedBlockingQueue<>();

  /**
   * Registers a recorder on {@code client}, connects it, and checks the first two notices ({@code
   * connected}, {@code loggedIn false}); returns the recorder for what follows.
   */
  public static RecordingConnectionListener connect(AmiClient client) throws Exception {
    RecordingConnectionListener notices = new RecordingConnectionListener();
    client.addConnectionListener(notices);
    TestClients.await(client.connect());
    notices.expect("connected");
    notices.expect("loggedIn false");
    return notices;
  }

  private final List<String> all = new ArrayList<>();
  private final List<Throwable> causes = new ArrayList<>();
  private final List<String> threads = new ArrayList<>();

  @Override
  public void onConnected(String amiVersion) {
    record("connected " + amiVersion);
  }

  @Override
  public void onLoggedIn(boolean reconnect) {
    record("loggedIn " + reconnect);
  }

  @Override
  public synchronized void onDisconnected(Throwable cause) {
    causes.add(cause);
    record("disconnected " + (cause == null ? "null" : cause.getClass().getSimpleName()));
  }

  @Override
  public void onClosed() {
    record("closed");
  }

  /** Waits for the next notice and checks it starts with {@code expected}; returns it. */
  public String expect(String expected) throws InterruptedException {
    String notice = notices.poll(TestClients.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (notice == null || !notice.startsWith(expected)) {
      throw new AssertionError(
          "expected notice '" + expected + "' but got " + notice + "; so far " + all());
    }
    return notice;
  }

  /** Whether no further notice arrives within {@code quiet}. */
  public boolean silentFor(Duration quiet) throws InterruptedException {
    return notices.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  /** Every notice so far. */
  public synchronized List<String> all() {
    return new ArrayList<>(all);
  }

  /** The causes of every disconnect so far (null for a close on purpose). */
  public synchronized List<Throwable> causes() {
    return new ArrayList<>(causes);
  }

  /** The names of the threads the notices came on. */
  public synchronized List<String> threads() {
    return new ArrayList<>(threads);
  }

  private synchronized void record(String notice) {
    all.add(notice);
    threads.add(Thread.currentThread().getName());
    notices.add(notice);
  }
}
