package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one session's output on a thread of its own, in the order it was queued. Every queued
 * chunk is a whole message or a whole block (a response, a list), so events never split a response,
 * as Asterisk guarantees. The queue is bounded: a client that stops reading is eventually dropped,
 * as Asterisk drops a session whose writes block past its write timeout.
 */
final class SessionWriter {

  private static final Logger LOG = LoggerFactory.getLogger(SessionWriter.class);
  private static final byte[] CLOSE = new byte[0];

  private final String sessionName;
  private final OutputStream out;
  private final Consumer<byte[]> onWritten;
  private final Runnable closer;
  private final BlockingQueue<byte[]> queue;
  private final Thread thread;
  private volatile boolean closing;

  SessionWriter(
      String sessionName,
      OutputStream out,
      int capacity,
      Consumer<byte[]> onWritten,
      Runnable closer) {
    this.sessionName = sessionName;
    this.out = out;
    this.onWritten = onWritten;
    this.closer = closer;
    this.queue = new LinkedBlockingQueue<>(capacity);
    this.thread = FakeThreads.daemon(sessionName + "-writer", this::run);
  }

  void start() {
    thread.start();
  }

  /**
   * Queues bytes; false if the session is closing or the client is too slow (it is then closed).
   */
  boolean write(byte[] bytes) {
    if (closing) {
      return false;
    }
    if (!queue.offer(bytes)) {
      LOG.warn(
          "{}: {} chunks queued and the client reads none; closing it as Asterisk would",
          sessionName,
          queue.size());
      closing = true;
      closer.run();
      return false;
    }
    return true;
  }

  /** Queues a close after everything already queued: the client reads it all, then EOF. */
  void closeAfterPending() {
    if (!closing) {
      closing = true;
      if (!queue.offer(CLOSE)) {
        closer.run();
      }
    }
  }

  /** Stops writing at once; what is queued is lost. */
  void abort() {
    closing = true;
    queue.clear();
    thread.interrupt();
  }

  private void run() {
    try {
      while (true) {
        byte[] chunk = queue.take();
        if (chunk == CLOSE) {
          out.flush();
          break;
        }
        out.write(chunk);
        out.flush();
        onWritten.accept(chunk);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.debug("{}: write failed: {}", sessionName, e.toString());
    } finally {
      closer.run();
    }
  }
}
