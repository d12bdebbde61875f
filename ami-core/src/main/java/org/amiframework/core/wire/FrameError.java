package org.amiframework.core.wire;

/**
 * A problem found in the byte stream, with where it was found.
 *
 * @param kind what went wrong
 * @param detail a human-readable explanation, naming the limit or the offending text
 * @param offset byte offset in the stream where the offending line starts
 * @param line 1-based line number in the stream
 * @param fatal whether the reader stopped (the policy was {@link OverflowAction#CLOSE})
 */
public record FrameError(Kind kind, String detail, long offset, long line, boolean fatal) {

  /** Kinds of stream problems. */
  public enum Kind {
    /** A line longer than {@link FrameLimits#maxLineBytes()}. */
    LINE_TOO_LONG,
    /** A message with more lines or bytes than the limits allow. */
    MESSAGE_TOO_LARGE,
    /** A header line without a colon; it is kept as a bare line. */
    MALFORMED_LINE,
    /** Bytes that are not valid in the configured charset; decoded byte for byte as Latin-1. */
    INVALID_ENCODING,
    /** The stream ended inside a message. */
    TRUNCATED
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
