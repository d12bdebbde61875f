package org.amiframework.core.wire;

import java.util.Arrays;

/**
 * Cuts a byte stream into lines at LF, whatever the borders of the reads that feed it.
 *
 * <p>A line that lies inside one read is handed on where it is, without a copy; only a line cut by
 * a read border is gathered in a buffer, and that buffer never holds more than the line limit
 * allows. A line that passes the limit is reported at once and its bytes are dropped up to its LF,
 * keeping only a few trailing bytes so that a {@code --END COMMAND--} glued to its end can still be
 * recognised. Byte offsets and line numbers are kept for error reports.
 */
final class LineSplitter {

  /** Receives the lines, in order, on the feeding thread. */
  interface Sink {

    /** Whether more input is wanted; false stops the splitter (a fatal error, or the end). */
    boolean accepting();

    /**
     * A complete line: the bytes before its LF, a CR before the LF included. The bytes are valid
     * only during the call.
     *
     * @param plain whether the line, a CR before the LF left out, is plain ASCII ({@link
     *     Bytes#isPlainAscii}): found while looking for the LF, so that the line is not read twice
     */
    void line(byte[] buf, int off, int len, boolean plain);

    /** The current line has just passed the limit; its bytes are dropped up to its LF. */
    void lineTooLong();

    /** The LF of a line that was too long has arrived. */
    void longLineEnded();
  }

  private static final int INITIAL_CAPACITY = 256;

  /** A buffer grown past this by one long line is given back when that line ends. */
  private static final int SHRINK_ABOVE = 16 * 1024;

  /** Enough to recognise {@code --END COMMAND--} and a CR at the end of a dropped line. */
  private static final int TAIL_CAPACITY = 16;

  private final int maxLineBytes;

  /** Set by {@link #nextLf}. */
  private int notPlainAt;

  private byte[] line = new byte[INITIAL_CAPACITY];
  private int length;
  private boolean dropping;
  private final byte[] tail = new byte[TAIL_CAPACITY];
  private int tailLength;

  private long offset;
  private long lineStart;
  private long lineNumber = 1;

  /**
   * @param maxLineBytes the longest line accepted, its CR LF or LF not counted
   */
  LineSplitter(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Splits {@code len} bytes of {@code buf} from {@code off}, handing each line to {@code sink}.
   */
  void feed(byte[] buf, int off, int len, Sink sink) {
    int end = off + len;
    int pos = off;
    while (pos < end && sink.accepting()) {
      int lf = nextLf(buf, pos, end);
      if (lf < 0) {
        offset += end - pos;
        gather(buf, pos, end - pos, sink);
        return;
      }
      int n = lf - pos;
      offset += n + 1;
      if (length == 0 && !dropping && (n <= maxLineBytes || !exceedsLimit(n, buf[lf - 1]))) {
        sink.line(buf, pos, n, notPlainAt >= lf || notPlainAt == lf - 1 && buf[lf - 1] == '\r');
      } else {
        gather(buf, pos, n, sink);
        if (dropping) {
          sink.longLineEnded();
        } else {
          int textLen = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
          sink.line(line, 0, length, Bytes.isPlainAscii(line, 0, textLen));
        }
      }
      startNextLine();
      pos = lf + 1;
    }
  }

  /**
   * Index of the first LF in {@code buf[from, to)}, or -1; on the way, sets {@link #notPlainAt} to
   * the first byte from {@code from} that is not plain ASCII (or to a later index when there is
   * none before the LF).
   *
   * <p>One test per eight bytes finds the LF, a CR, a NUL and a byte of 0x80 or above at once
   * ({@link Bytes#firstLowOrHigh}): in a header line, the first such byte is mostly the CR of its
   * CR LF, and only the LF is left to find after it. Two tests per eight bytes, one for the LF and
   * one for the rest, were a fifth of the reading thread's work.
   */
  private int nextLf(byte[] buf, int from, int to) {
    for (int i = from; ; i++) {
      i = Bytes.firstLowOrHigh(buf, i, to);
      if (i == to) {
        return -1;
      }
      byte b = buf[i];
      if (b == '\n') {
        notPlainAt = Integer.MAX_VALUE;
        return i;
      }
      if (Bytes.isNotPlain(b)) {
        notPlainAt = i;
        return Bytes.indexOf(buf, i + 1, to, (byte) '\n');
      }
      // Another control byte (a tab): plain, look further.
    }
  }

  /** Bytes consumed so far. */
  long offset() {
    return offset;
  }

  /** Byte offset where the current line starts. */
  long lineStart() {
    return lineStart;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Bytes of an unfinished line held in memory (never more than the limit plus one). */
  int bufferedBytes() {
    return length;
  }

  /** Whether the last dropped line ended, before its line end, with {@code suffix}. */
  boolean droppedLineEndsWith(byte[] suffix) {
    int end = tailLength > 0 && tail[tailLength - 1] == '\r' ? tailLength - 1 : tailLength;
    return Bytes.endsWith(tail, 0, end, suffix);
  }

  private boolean exceedsLimit(long bytes, byte last) {
    // A CR at the end may be the first half of the line end, which the limit does not count.
    return (last == '\r' ? bytes - 1 : bytes) > maxLineBytes;
  }

  private void gather(byte[] buf, int off, int n, Sink sink) {
    if (dropping) {
      keepTail(buf, off, n);
      return;
    }
    long total = (long) length + n;
    byte last = n > 0 ? buf[off + n - 1] : length > 0 ? line[length - 1] : 0;
    if (exceedsLimit(total, last)) {
      keepTail(line, 0, length);
      keepTail(buf, off, n);
      length = 0;
      dropping = true;
      sink.lineTooLong();
      return;
    }
    if (total > line.length) {
      // total <= maxLineBytes + 1 here, so the buffer stays within the limit.
      line =
          Arrays.copyOf(line, (int) Math.min(Math.max(2L * line.length, total), maxLineBytes + 1L));
    }
    System.arraycopy(buf, off, line, length, n);
    length = (int) total;
  }

  private void keepTail(byte[] buf, int off, int n) {
    if (n >= TAIL_CAPACITY) {
      System.arraycopy(buf, off + n - TAIL_CAPACITY, tail, 0, TAIL_CAPACITY);
      tailLength = TAIL_CAPACITY;
      return;
    }
    int keep = Math.min(tailLength, TAIL_CAPACITY - n);
    System.arraycopy(tail, tailLength - keep, tail, 0, keep);
    System.arraycopy(buf, off, tail, keep, n);
    tailLength = keep + n;
  }

  private void startNextLine() {
    length = 0;
    dropping = false;
    tailLength = 0;
    lineStart = offset;
    lineNumber++;
    if (line.length > SHRINK_ABOVE) {
      line = new byte[INITIAL_CAPACITY];
    }
  }
}
