package org.amiframework.core.wire;

/**
 * A problem found in the byte stream, with where it was found. The detail never holds a header
 * value (it could be a secret); it names the limit, the column, or the header.
 *
 * @param kind what went wrong
 * @param detail a human-readable explanation, naming the limit, the column or the header
 * @param offset byte offset in the stream where the offending line starts (where the stream ended,
 *     for {@link Kind#TRUNCATED} and {@link Kind#NO_GREETING} after a complete line)
 * @param line 1-based line number in the stream (the greeting is line 1)
 * @param fatal whether the reader stopped (a bound was passed under {@link OverflowAction#CLOSE})
 */
public record FrameError(Kind kind, String detail, long offset, long line, boolean fatal) {

  /** Kinds of stream problems. */
  public enum Kind {
    /** A line longer than {@link FrameLimits#maxLineBytes()}; reported as soon as it passes it. */
    LINE_TOO_LONG,
    /** A message with more header lines or bytes than the limits allow. */
    MESSAGE_TOO_LARGE,
    /** A header line without a colon (or with nothing before it); it is kept as a bare line. */
    MALFORMED_LINE,
    /** Bytes that are not valid UTF-8; that text is decoded byte for byte as ISO-8859-1. */
    INVALID_ENCODING,
    /** A NUL byte, or a CR not followed by LF, inside a line; it is kept in the line. */
    CONTROL_CHARACTER,
    /** The stream ended inside a message; the partial message is dropped. */
    TRUNCATED,
    /**
     * The stream ended before a complete greeting line. Asterisk closes a new connection without a
     * greeting when its {@code authlimit} of unauthenticated sessions is reached.
     */
    NO_GREETING
  }

  @Override
  public String toString() {
    return kind
        + " at byte "
        + offset
        + " (line "
        + line
        + "): "
        + detail
        + (fatal ? " [fatal]" : "");
  }
}
