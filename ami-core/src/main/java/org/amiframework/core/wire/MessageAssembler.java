package org.amiframework.core.wire;

import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError.Kind;
import org.amiframework.core.wire.FrameReader.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds messages from the lines of a {@link LineSplitter}: the greeting, header blocks ended by a
 * blank line, the legacy {@code Response: Follows} Command output, the limits and what happens when
 * one is passed. Everything found goes to the {@link FrameHandler}; nothing thrown by the handler
 * stops reading.
 */
final class MessageAssembler implements LineSplitter.Sink {

  private static final Logger log = LoggerFactory.getLogger(FrameReader.class);

  private static final byte[] END_COMMAND = Bytes.ascii("--END COMMAND--");
  private static final byte[] PRIVILEGE = Bytes.ascii("Privilege:");
  private static final byte[] ACTION_ID = Bytes.ascii("ActionID:");

  private enum Mode {
    GREETING,
    HEADERS,
    /** Inside the raw text of a legacy Command response, up to {@code --END COMMAND--}. */
    LEGACY_BODY,
    /** After {@code --END COMMAND--}, waiting for the blank line. */
    LEGACY_END,
    /** Dropping a message that passed a limit, up to its blank line. */
    SKIP_MESSAGE,
    /** Dropping a legacy Command response that passed a limit, up to its end marker. */
    SKIP_LEGACY,
    /** A limit was passed under {@link OverflowAction#CLOSE}: nothing more is read. */
    FAILED,
    /** The stream ended. */
    ENDED
  }

  private final FrameLimits limits;
  private final FrameHandler handler;
  private final Side side;
  private final LineSplitter lines;
  private final LineDecoder decoder = new LineDecoder((kind, detail) -> error(kind, detail, false));
  private Mode mode;

  private final WireMessageBuilder message = new WireMessageBuilder();

  /**
   * The values of first headers ({@code Event: Newchannel}, {@code Response: Success}): few
   * distinct ones, each read for every message (kind, event name, bindings), so one String each.
   */
  private final HeaderNameCache firstValues = new HeaderNameCache();

  private long messageBytes;
  private StringBuilder body;

  MessageAssembler(
      FrameLimits limits,
      FrameHandler handler,
      Side side,
      boolean expectGreeting,
      LineSplitter lines) {
    this.limits = limits;
    this.handler = handler;
    this.side = side;
    this.lines = lines;
    this.mode = expectGreeting ? Mode.GREETING : Mode.HEADERS;
  }

  @Override
  public boolean accepting() {
    return mode != Mode.FAILED && mode != Mode.ENDED;
  }

  boolean failed() {
    return mode == Mode.FAILED;
  }

  /** Bytes of the unfinished message held in memory. */
  long bufferedBytes() {
    return messageBytes;
  }

  @Override
  public void line(byte[] buf, int off, int len, boolean plain) {
    int textLen = len > 0 && buf[off + len - 1] == '\r' ? len - 1 : len;
    switch (mode) {
      case GREETING -> greeting(buf, off, textLen);
      case HEADERS -> {
        if (textLen > 0) {
          headerLine(buf, off, textLen, len, plain);
        } else {
          blankLine();
        }
      }
      case LEGACY_BODY -> legacyLine(buf, off, textLen, len, plain);
      case LEGACY_END -> {
        emit();
        if (textLen > 0) {
          headerLine(buf, off, textLen, len, plain);
        }
      }
      case SKIP_MESSAGE -> {
        if (textLen == 0) {
          mode = Mode.HEADERS;
        }
      }
      case SKIP_LEGACY -> {
        if (Bytes.endsWith(buf, off, textLen, END_COMMAND)) {
          mode = Mode.SKIP_MESSAGE;
        }
      }
      case FAILED, ENDED -> {}
    }
  }

  @Override
  public void lineTooLong() {
    String detail = "line longer than " + limits.maxLineBytes() + " bytes";
    switch (mode) {
      case GREETING, HEADERS, LEGACY_BODY -> overflow(Kind.LINE_TOO_LONG, detail);
      case LEGACY_END -> {
        emit();
        overflow(Kind.LINE_TOO_LONG, detail);
      }
      case SKIP_MESSAGE, SKIP_LEGACY, FAILED, ENDED -> {} // already reported, or stopped
    }
  }

  @Override
  public void longLineEnded() {
    if (mode == Mode.SKIP_LEGACY && lines.droppedLineEndsWith(END_COMMAND)) {
      mode = Mode.SKIP_MESSAGE;
    }
  }

  /** The stream ended; {@code insideLine} tells whether an unfinished line was pending. */
  void endOfInput(boolean insideLine) {
    switch (mode) {
      case GREETING ->
          error(
              Kind.NO_GREETING,
              insideLine
                  ? "stream ended inside the greeting line"
                  : "stream ended before the greeting (Asterisk closes a connection without one"
                      + " when its authlimit of unauthenticated sessions is reached)",
              false);
      case HEADERS -> {
        if (message.size() > 0 || insideLine) {
          error(
              Kind.TRUNCATED,
              "stream ended inside a message after " + message.size() + " complete header lines",
              false);
        }
      }
      case LEGACY_BODY ->
          error(
              Kind.TRUNCATED, "stream ended inside Command output, before --END COMMAND--", false);
      case LEGACY_END -> emit();
      case SKIP_MESSAGE, SKIP_LEGACY, FAILED, ENDED -> {}
    }
    clearMessage();
    mode = Mode.ENDED;
  }

  private void greeting(byte[] buf, int off, int len) {
    mode = Mode.HEADERS;
    decoder.checkControlBytes(buf, off, len);
    String greeting = decoder.text(buf, off, len, off, null);
    try {
      handler.onGreeting(greeting);
    } catch (RuntimeException e) {
      log.error("FrameHandler.onGreeting failed; reading goes on", e);
    }
  }

  private void blankLine() {
    // Asterisk hands a blank line with no headers before it to the dispatcher as an empty message
    // (and answers "Missing action in request"). A server never writes one: a client skips it.
    if (message.size() > 0 || side == Side.SERVER) {
      emit();
    }
  }

  private void headerLine(byte[] buf, int off, int len, int rawLen, boolean plain) {
    if (!admit(rawLen + 1, true)) {
      return;
    }
    addHeader(buf, off, len, plain);
    if (side == Side.CLIENT
        && message.size() == 1
        && message.name(0).equalsIgnoreCase("Response")
        && message.value(0).equalsIgnoreCase("Follows")) {
      mode = Mode.LEGACY_BODY;
      body = new StringBuilder();
    }
  }

  /**
   * @param plain whether the line is plain ASCII ({@link Bytes#isPlainAscii}): then it needs no
   *     check and no UTF-8 decoding, and its value is kept as bytes
   */
  private void addHeader(byte[] buf, int off, int len, boolean plain) {
    int end = off + len;
    if (plain) {
      int colon = Bytes.indexOf(buf, off, end, (byte) ':');
      if (colon > off) {
        String name = decoder.asciiName(buf, off, colon - off);
        // Only a name the cache keeps may stay in the reused builder after the message.
        boolean nameCached = colon - off <= HeaderNameCache.MAX_CACHED_LENGTH;
        int v = valueStart(buf, colon + 1, end);
        String first =
            message.size() == 0 && end - v <= HeaderNameCache.MAX_CACHED_LENGTH
                ? firstValues.getAscii(buf, v, end - v)
                : null;
        if (first != null) {
          message.add(name, first, nameCached);
        } else {
          message.addAscii(name, nameCached, buf, v, end - v);
        }
        return;
      }
    }
    decoder.checkControlBytes(buf, off, len);
    int colon = Bytes.indexOf(buf, off, end, (byte) ':');
    if (colon <= off) {
      String line = decoder.text(buf, off, len, off, null);
      error(
          Kind.MALFORMED_LINE,
          "line without a header name, kept as a bare line: " + LineDecoder.excerpt(line),
          false);
      message.add("", line, false);
      return;
    }
    String name = decoder.name(buf, off, colon - off);
    int v = valueStart(buf, colon + 1, end);
    message.add(name, decoder.text(buf, v, end - v, off, name), false);
  }

  private int valueStart(byte[] buf, int v, int end) {
    if (side == Side.SERVER) {
      // Asterisk 1.8+ skips every byte below 33 after the colon (ast_skip_blanks), so
      // "Name:value", "Name: value" and "Name:\t value" all read the same.
      while (v < end && buf[v] > 0 && buf[v] < 33) {
        v++;
      }
      return v;
    }
    // A server writes exactly one space; more blanks belong to the value ("Output:    Members: ").
    return v < end && buf[v] == ' ' ? v + 1 : v;
  }

  private void legacyLine(byte[] buf, int off, int len, int rawLen, boolean plain) {
    boolean preamble = isPreambleHeader(buf, off, len);
    if (!admit(rawLen + 1, preamble)) {
      return;
    }
    if (preamble) {
      addHeader(buf, off, len, plain);
      return;
    }
    decoder.checkControlBytes(buf, off, len);
    if (Bytes.endsWith(buf, off, len, END_COMMAND)) {
      // The marker may be glued to the last output line when the output had no final newline.
      body.append(decoder.text(buf, off, len - END_COMMAND.length, off, null));
      mode = Mode.LEGACY_END;
    } else {
      // The CLI's own line ends are LF; a CR before it is output and is kept.
      body.append(decoder.text(buf, off, rawLen, off, null)).append('\n');
    }
  }

  private boolean isPreambleHeader(byte[] buf, int off, int len) {
    // action_command() writes "Privilege: Command", then "ActionID: <id>" when the action had one,
    // before the raw CLI text; a line like these anywhere later is output.
    if (body.length() > 0) {
      return false; // every output line adds at least its LF
    }
    if (message.size() == 1) {
      return Bytes.startsWithIgnoreCase(buf, off, len, PRIVILEGE)
          || Bytes.startsWithIgnoreCase(buf, off, len, ACTION_ID);
    }
    return message.size() == 2
        && message.name(1).equalsIgnoreCase("Privilege")
        && Bytes.startsWithIgnoreCase(buf, off, len, ACTION_ID);
  }

  private boolean admit(int lineBytes, boolean isHeader) {
    if (isHeader && message.size() >= limits.maxHeaders()) {
      overflow(
          Kind.MESSAGE_TOO_LARGE, "message has more than " + limits.maxHeaders() + " header lines");
      return false;
    }
    messageBytes += lineBytes;
    if (messageBytes > limits.maxMessageBytes()) {
      overflow(
          Kind.MESSAGE_TOO_LARGE, "message longer than " + limits.maxMessageBytes() + " bytes");
      return false;
    }
    return true;
  }

  private void overflow(Kind kind, String detail) {
    boolean close = limits.onOverflow() == OverflowAction.CLOSE;
    Mode skip =
        switch (mode) {
          case GREETING -> Mode.HEADERS; // the greeting is one line: skipping it skips that line
          case LEGACY_BODY -> Mode.SKIP_LEGACY; // blank lines are output here, not the end
          default -> Mode.SKIP_MESSAGE;
        };
    clearMessage();
    mode = close ? Mode.FAILED : skip;
    error(
        kind,
        detail
            + (close
                ? "; reading stopped (OverflowAction.CLOSE)"
                : "; message skipped (OverflowAction.SKIP_MESSAGE)"),
        close);
  }

  private void emit() {
    AmiMessage built = message.build(body == null ? null : body.toString());
    clearMessage();
    mode = Mode.HEADERS;
    try {
      handler.onMessage(built);
    } catch (RuntimeException e) {
      log.error("FrameHandler.onMessage failed on a {} message; reading goes on", built.kind(), e);
    }
  }

  private void clearMessage() {
    message.clear();
    messageBytes = 0;
    body = null;
  }

  private void error(Kind kind, String detail, boolean fatal) {
    FrameError error = new FrameError(kind, detail, lines.lineStart(), lines.lineNumber(), fatal);
    try {
      handler.onError(error);
    } catch (RuntimeException e) {
      log.error("FrameHandler.onError failed on {}; reading goes on", error, e);
    }
  }
}
