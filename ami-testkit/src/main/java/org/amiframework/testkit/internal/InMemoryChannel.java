package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection to a client in the same JVM, without a socket: the client's bytes are queued for the
 * session's reader, and the session's writer hands its bytes straight to the client's sink. The
 * session frames, answers, records and filters exactly as over TCP; only the transport differs.
 *
 * <p>Closing by either side ends the session's input (after what the client sent before, when the
 * client closed; at once when the fake closed) and tells the client once.
 */
public final class InMemoryChannel implements SessionChannel {

  /** Chunks the client may have queued and the session not yet read; a stalled fake fills it. */
  private static final int CAPACITY = 100_000;

  private static final byte[] END = new byte[0];
  private static final InetSocketAddress ADDRESS =
      InetSocketAddress.createUnresolved("in-memory", 0);

  private final BlockingQueue<byte[]> fromClient = new LinkedBlockingQueue<>(CAPACITY);
  private final OutputStream toClient;
  private final Runnable clientNotice;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean noticeSent = new AtomicBoolean();
  private final InputStream input = new QueueInputStream();

  /**
   * A channel whose output goes to {@code toClient}.
   *
   * @param toClient receives every byte the session writes, on the session's writer thread
   * @param onClosed told once when the connection ends, whichever side closed it
   */
  InMemoryChannel(OutputStream toClient, Runnable onClosed) {
    this.toClient = toClient;
    this.clientNotice = onClosed;
  }

  /**
   * Queues bytes from the client for the session.
   *
   * @return false when the connection is closed or the session has not read the last {@value
   *     #CAPACITY} chunks (a stalled fake)
   */
  public boolean clientSend(byte[] bytes) {
    return !closed.get() && bytes.length > 0 && fromClient.offer(bytes);
  }

  /** The client closes: the session reads what was sent before, then sees the end. */
  public void clientClose() {
    if (closed.compareAndSet(false, true)) {
      fromClient.offer(END);
    }
  }

  @Override
  public InputStream input() {
    return input;
  }

  @Override
  public OutputStream output() {
    return toClient;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return ADDRESS;
  }

  @Override
  public void armReset() {
    // A pipe in memory has no reset; closing is the whole effect.
  }

  @Override
  public void close() {
    // What the client sent and the session did not read yet is lost, as on a socket.
    closed.set(true);
    fromClient.clear();
    fromClient.offer(END);
    if (noticeSent.compareAndSet(false, true)) {
      clientNotice.run();
    }
  }

  /** Reads the queued chunks; the empty chunk is the end of input. */
  private final class QueueInputStream extends InputStream {
    private byte[] chunk;
    private int position;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (chunk == END) {
        return -1;
      }
      if (chunk == null || position == chunk.length) {
        try {
          chunk = fromClient.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading an in-memory connection");
        }
        position = 0;
        if (chunk == END) {
          fromClient.offer(END);
          return -1;
        }
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      return n;
    }
  }
}
