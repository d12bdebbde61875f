package org.amiframework.core.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.amiframework.core.message.AmiMessage;

/**
 * Splits an AMI byte stream into messages at blank lines, whatever the borders of the reads that
 * feed it: one message may come over many {@link #feed} calls and one call may hold many messages.
 * Works on bytes (never {@code readLine()}), accepts CRLF and bare LF, handles the one-line
 * greeting and the legacy {@code Response: Follows} Command body, and bounds its memory by {@link
 * FrameLimits}. Not thread-safe: one reader per connection, fed by one thread.
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
     * and a blank line with no headers is delivered as an empty message.
     */
    SERVER
  }

  private static final byte[] FOLLOWS_END = "--END COMMAND--".getBytes(StandardCharsets.US_ASCII);

  private enum Mode {
    GREETING,
    HEADERS,
    LEGACY_BODY,
    LEGACY_END,
    SKIPPING,
    FAILED
  }

  private final FrameLimits limits;
  private final FrameHandler handler;
  private final Side side;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private Mode mode;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean lineOverflowed;
  private long lineStartOffset;
  private long offset;
  private long lineNumber = 1;

  private String[] names = new String[16];
  private String[] values = new String[16];
  private int headerCount;
  private long messageBytes;
  private boolean legacyPreamble;
  private StringBuilder body;

  /**
   * Creates a reader.
   *
   * @param limits bounds on lines and messages
   * @param handler receives greeting, messages and errors
   * @param side whose output is read
   * @param expectGreeting whether the first line is the greeting (true for a TCP client)
   */
  public FrameReader(FrameLimits limits, FrameHandler handler, Side side, boolean expectGreeting) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.side = Objects.requireNonNull(side, "side");
    this.mode = expectGreeting ? Mode.GREETING : Mode.HEADERS;
  }

  /** A reader for a TCP client: greeting first, server output. */
  public static FrameReader forClient(FrameLimits limits, FrameHandler handler) {
    return new FrameReader(limits, handler, Side.CLIENT, true);
  }

  /** A reader for a server: no greeting, client input. */
  public static FrameReader forServer(FrameLimits limits, FrameHandler handler) {
    return new FrameReader(limits, handler, Side.SERVER, false);
  }

  /** Bytes consumed so far. */
  public long offset() {
    return offset;
  }

  /** Whether a fatal error stopped this reader. */
  public boolean failed() {
    return mode == Mode.FAILED;
  }

  /** Feeds the remaining bytes of {@code buffer}, consuming them. */
  public void feed(ByteBuffer buffer) {
    if (buffer.hasArray()) {
      int n = buffer.remaining();
      feed(buffer.array(), buffer.arrayOffset() + buffer.position(), n);
      buffer.position(buffer.position() + n);
    } else {
      byte[] copy = new byte[buffer.remaining()];
      buffer.get(copy);
      feed(copy, 0, copy.length);
    }
  }

  /** Feeds {@code len} bytes of {@code buf} from {@code off}. */
  public void feed(byte[] buf, int off, int len) {
    int end = off + len;
    int pos = off;
    while (pos < end && mode != Mode.FAILED) {
      int lf = indexOfLf(buf, pos, end);
      if (lf < 0) {
        append(buf, pos, end - pos);
        offset += end - pos;
        return;
      }
      int chunk = lf - pos;
      offset += chunk + 1;
      if (lineLength == 0 && !lineOverflowed) {
        if (chunk > limits.maxLineBytes()) {
          lineOverflowed = true;
        } else {
          onLine(buf, pos, chunk);
          resetLine();
          pos = lf + 1;
          continue;
        }
      } else {
        append(buf, pos, chunk);
      }
      if (lineOverflowed) {
        overflowLine();
      } else {
        onLine(line, 0, lineLength);
      }
      resetLine();
      pos = lf + 1;
    }
  }

  /** Tells the reader the stream ended; a partial message is reported as truncated. */
  public void endOfInput() {
    if (mode == Mode.FAILED) {
      return;
    }
    if (mode == Mode.LEGACY_END) {
      emit();
      return;
    }
    if (headerCount > 0 || lineLength > 0 || body != null) {
      error(
          FrameError.Kind.TRUNCATED,
          "stream ended inside a message after " + headerCount + " header lines",
          false);
    }
  }

  private static int indexOfLf(byte[] buf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(byte[] buf, int off, int len) {
    if (lineOverflowed) {
      return;
    }
    if (lineLength + len > limits.maxLineBytes()) {
      lineOverflowed = true;
      return;
    }
    if (lineLength + len > line.length) {
      line =
          Arrays.copyOf(
              line,
              Math.min(limits.maxLineBytes() + 1, Math.max(line.length * 2, lineLength + len)));
    }
    System.arraycopy(buf, off, line, lineLength, len);
    lineLength += len;
  }

  private void resetLine() {
    lineLength = 0;
    lineOverflowed = false;
    lineStartOffset = offset;
    lineNumber++;
    if (line.length > 64 * 1024) {
      line = new byte[256]; // give back a buffer grown by one huge line
    }
  }

  private void overflowLine() {
    String detail = "line longer than " + limits.maxLineBytes() + " bytes";
    if (mode == Mode.GREETING) {
      mode = Mode.HEADERS;
    }
    overflow(FrameError.Kind.LINE_TOO_LONG, detail);
  }

  private void overflow(FrameError.Kind kind, String detail) {
    boolean close = limits.onOverflow() == OverflowAction.CLOSE;
    clearMessage();
    mode = close ? Mode.FAILED : Mode.SKIPPING;
    error(kind, detail + (close ? "; closing" : "; message skipped"), close);
  }

  private void onLine(byte[] buf, int off, int len) {
    int textLen = len > 0 && buf[off + len - 1] == '\r' ? len - 1 : len;
    switch (mode) {
      case GREETING -> {
        mode = Mode.HEADERS;
        handler.onGreeting(decode(buf, off, textLen));
      }
      case SKIPPING -> {
        if (textLen == 0) {
          mode = Mode.HEADERS;
        }
      }
      case LEGACY_BODY -> onLegacyLine(buf, off, len, textLen);
      case LEGACY_END -> {
        emit();
        if (textLen != 0) {
          onHeaderLine(buf, off, textLen, len);
        }
      }
      case HEADERS -> {
        if (textLen == 0) {
          if (headerCount > 0 || side == Side.SERVER) {
            emit();
          }
        } else {
          onHeaderLine(buf, off, textLen, len);
        }
      }
      case FAILED -> {}
    }
  }

  private void onHeaderLine(byte[] buf, int off, int textLen, int rawLen) {
    if (!countMessageBytes(rawLen + 1)) {
      return;
    }
    if (headerCount >= limits.maxHeaders()) {
      overflow(
          FrameError.Kind.MESSAGE_TOO_LARGE,
          "message has more than " + limits.maxHeaders() + " lines");
      return;
    }
    int colon = -1;
    for (int i = off, end = off + textLen; i < end; i++) {
      if (buf[i] == ':') {
        colon = i;
        break;
      }
    }
    if (colon <= off) {
      String text = decode(buf, off, textLen);
      addHeader("", text);
      error(FrameError.Kind.MALFORMED_LINE, "line without a header name: " + excerpt(text), false);
      return;
    }
    String name = decode(buf, off, colon - off);
    int v = colon + 1;
    int end = off + textLen;
    if (side == Side.SERVER) {
      while (v < end && (buf[v] == ' ' || buf[v] == '\t')) {
        v++;
      }
    } else if (v < end && buf[v] == ' ') {
      v++;
    }
    String value = decode(buf, v, end - v);
    addHeader(name, value);
    if (headerCount == 1
        && name.equalsIgnoreCase("Response")
        && value.equalsIgnoreCase("Follows")) {
      mode = Mode.LEGACY_BODY;
      legacyPreamble = true;
      body = new StringBuilder();
    }
  }

  private void onLegacyLine(byte[] buf, int off, int rawLen, int textLen) {
    if (!countMessageBytes(rawLen + 1)) {
      return;
    }
    if (legacyPreamble && textLen > 0) {
      String text = decode(buf, off, textLen);
      int colon = text.indexOf(':');
      String name = colon > 0 ? text.substring(0, colon) : "";
      if (name.equalsIgnoreCase("Privilege") || name.equalsIgnoreCase("ActionID")) {
        String value = text.substring(colon + 1);
        addHeader(name, value.startsWith(" ") ? value.substring(1) : value);
        return;
      }
    }
    legacyPreamble = false;
    if (endsWith(buf, off, textLen, FOLLOWS_END)) {
      body.append(decode(buf, off, textLen - FOLLOWS_END.length));
      mode = Mode.LEGACY_END;
      return;
    }
    body.append(decode(buf, off, rawLen)).append('\n');
  }

  private static boolean endsWith(byte[] buf, int off, int len, byte[] suffix) {
    if (len < suffix.length) {
      return false;
    }
    int start = off + len - suffix.length;
    for (int i = 0; i < suffix.length; i++) {
      if (buf[start + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private boolean countMessageBytes(int n) {
    messageBytes += n;
    if (messageBytes > limits.maxMessageBytes()) {
      overflow(
          FrameError.Kind.MESSAGE_TOO_LARGE,
          "message longer than " + limits.maxMessageBytes() + " bytes");
      return false;
    }
    return true;
  }

  private void addHeader(String name, String value) {
    if (headerCount == names.length) {
      names = Arrays.copyOf(names, headerCount * 2);
      values = Arrays.copyOf(values, headerCount * 2);
    }
    names[headerCount] = name;
    values[headerCount] = value;
    headerCount++;
  }

  private void emit() {
    AmiMessage message =
        AmiMessage.wrap(
            Arrays.copyOf(names, headerCount),
            Arrays.copyOf(values, headerCount),
            body == null ? null : body.toString());
    clearMessage();
    mode = Mode.HEADERS;
    handler.onMessage(message);
  }

  private void clearMessage() {
    Arrays.fill(names, 0, headerCount, null);
    Arrays.fill(values, 0, headerCount, null);
    headerCount = 0;
    messageBytes = 0;
    body = null;
    legacyPreamble = false;
    if (names.length > 1024) {
      names = new String[16];
      values = new String[16];
    }
  }

  private String decode(byte[] buf, int off, int len) {
    boolean ascii = true;
    for (int i = off, end = off + len; i < end; i++) {
      if (buf[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(buf, off, len, StandardCharsets.ISO_8859_1);
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buf, off, len));
      return chars.toString();
    } catch (CharacterCodingException e) {
      String latin1 = new String(buf, off, len, StandardCharsets.ISO_8859_1);
      error(
          FrameError.Kind.INVALID_ENCODING,
          "invalid UTF-8, kept byte for byte as ISO-8859-1: " + excerpt(latin1),
          false);
      return latin1;
    }
  }

  private void error(FrameError.Kind kind, String detail, boolean fatal) {
    handler.onError(new FrameError(kind, detail, lineStartOffset, lineNumber, fatal));
  }

  private static String excerpt(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    StringBuilder sb = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
