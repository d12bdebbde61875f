package org.amiframework.core.wire;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Splits an AMI byte stream into messages at blank lines, whatever the borders of the reads that
 * feed it: one message may come over many {@link #feed} calls and one call may hold many messages.
 *
 * <p>It works on bytes (never {@code readLine()}): a line ends at LF, and a CR just before the LF
 * belongs to the line end, as in Asterisk 1.6+. It handles the one-line greeting, which has no
 * blank line after it, and the raw output of a legacy {@code Response: Follows} Command response
 * (before Asterisk 14), which may hold blank lines and lines without a colon, up to {@code --END
 * COMMAND--}. Text is decoded as UTF-8; bytes that are not valid UTF-8 are kept one char per byte.
 *
 * <p>Memory is bounded by {@link FrameLimits} whatever the peer sends: a line or a message that
 * passes a bound is reported as a {@link FrameError} with its byte offset and line number, and the
 * limits' {@link OverflowAction} decides what follows: skip that message, or stop. Every other
 * problem (a line without a colon, invalid UTF-8, a NUL, a CR without LF, a stream cut inside a
 * message) is reported the same way and reading goes on. Nothing is thrown out of {@code feed}: an
 * exception from the {@link FrameHandler} is logged and the next message is read.
 *
 * <p>Not thread-safe: one reader per connection, fed by one thread. Handler calls happen on that
 * thread, during {@code feed}.
 */
public final class FrameReader {

  /** How the value after a header's colon is read. */
  public enum Side {
    /**
     * Reading what a server wrote: exactly one space after the colon is the separator and any
     * further blanks belong to the value ({@code Output: Members:} keeps its indent).
     */
    CLIENT,
    /**
     * Reading what a client wrote, as Asterisk 1.8+ does: every blank after the colon is skipped,
     * and a blank line with no headers is delivered as an empty message. There is no legacy Command
     * mode on this side.
     */
    SERVER
  }

  /** Size of the copy buffer used to feed ByteBuffers that have no accessible array. */
  private static final int SCRATCH_SIZE = 8 * 1024;

  private final LineSplitter lines;
  private final MessageAssembler messages;
  private byte[] scratch;

  /**
   * Creates a reader.
   *
   * @param limits bounds on lines and messages
   * @param handler receives greeting, messages and errors
   * @param side whose output is read
   * @param expectGreeting whether the first line is the greeting (true for a TCP client)
   */
  public FrameReader(FrameLimits limits, FrameHandler handler, Side side, boolean expectGreeting) {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(side, "side");
    this.lines = new LineSplitter(limits.maxLineBytes());
    this.messages = new MessageAssembler(limits, handler, side, expectGreeting, lines);
  }

  /** A reader for a TCP client: greeting first, server output. */
  public static FrameReader forClient(FrameLimits limits, FrameHandler handler) {
    return new FrameReader(limits, handler, Side.CLIENT, true);
  }

  /** A reader for a server: no greeting, client input. */
  public static FrameReader forServer(FrameLimits limits, FrameHandler handler) {
    return new FrameReader(limits, handler, Side.SERVER, false);
  }

  /** Bytes consumed so far; the offsets in {@link FrameError}s count from the same start. */
  public long offset() {
    return lines.offset();
  }

  /**
   * Whether a bound was passed under {@link OverflowAction#CLOSE}: the reader has stopped, ignores
   * further input, and the connection should be closed.
   */
  public boolean failed() {
    return messages.failed();
  }

  /** Feeds all of {@code bytes}. */
  public void feed(byte[] bytes) {
    feed(bytes, 0, bytes.length);
  }

  /** Feeds the remaining bytes of {@code buffer}, consuming them. */
  public void feed(ByteBuffer buffer) {
    if (buffer.hasArray()) {
      int n = buffer.remaining();
      feed(buffer.array(), buffer.arrayOffset() + buffer.position(), n);
      buffer.position(buffer.position() + n);
      return;
    }
    if (scratch == null) {
      scratch = new byte[SCRATCH_SIZE];
    }
    while (buffer.hasRemaining()) {
      int n = Math.min(buffer.remaining(), scratch.length);
      buffer.get(scratch, 0, n);
      feed(scratch, 0, n);
    }
  }

  /** Feeds {@code len} bytes of {@code buf} from {@code off}. */
  public void feed(byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    lines.feed(buf, off, len, messages);
  }

  /**
   * Tells the reader the stream ended. A stream that ends before the greeting or inside a message
   * is reported ({@link FrameError.Kind#NO_GREETING}, {@link FrameError.Kind#TRUNCATED}); a legacy
   * Command response that lacks only its final blank line is delivered. Later input is ignored.
   */
  public void endOfInput() {
    messages.endOfInput(lines.bufferedBytes() > 0);
  }

  /** Bytes of unfinished lines and messages held in memory; for tests of the bounds. */
  long bufferedBytes() {
    return lines.bufferedBytes() + messages.bufferedBytes();
  }
}
