package org.amiframework.core.wire;

/**
 * Bounds that keep a {@link FrameReader}'s memory finite whatever the peer sends.
 *
 * @param maxLineBytes longest line accepted, its CR LF or LF not counted; 16 to 1 GiB
 * @param maxHeaders most header lines in one message (the raw text of a legacy Command response
 *     counts against {@code maxMessageBytes} only)
 * @param maxMessageBytes most bytes in one message, line ends included, final blank line not
 * @param onOverflow what to do when a bound is exceeded
 */
public record FrameLimits(
    int maxLineBytes, int maxHeaders, int maxMessageBytes, OverflowAction onOverflow) {

  /**
   * Generous defaults for a client: real CLI output lines and channel variables can be long and a
   * Command response can carry thousands of {@code Output:} lines.
   */
  public static final FrameLimits DEFAULT =
      new FrameLimits(64 * 1024, 100_000, 16 * 1024 * 1024, OverflowAction.SKIP_MESSAGE);

  /**
   * About the bounds a real Asterisk puts on what a client sends (§1.4 of the protocol notes): a
   * line and its CR LF fit in 1024 bytes, a message has at most 128 header lines. For a fake server
   * that wants to refuse what Asterisk would refuse; Asterisk answers such a message with an error
   * response, which the server builds from the reported {@link FrameError}.
   */
  public static final FrameLimits ASTERISK_INPUT =
      new FrameLimits(1022, 128, 128 * 1024, OverflowAction.SKIP_MESSAGE);

  /** The largest line limit: a line is buffered in one array. */
  private static final int MAX_LINE_LIMIT = 1 << 30;

  /** Validates. */
  public FrameLimits {
    if (maxLineBytes < 16
        || maxLineBytes > MAX_LINE_LIMIT
        || maxHeaders < 1
        || maxMessageBytes < maxLineBytes) {
      throw new IllegalArgumentException(
          "invalid frame limits: maxLineBytes="
              + maxLineBytes
              + " maxHeaders="
              + maxHeaders
              + " maxMessageBytes="
              + maxMessageBytes);
    }
    if (onOverflow == null) {
      throw new IllegalArgumentException("onOverflow is required");
    }
  }

  /** A copy with another overflow action. */
  public FrameLimits withOverflow(OverflowAction action) {
    return new FrameLimits(maxLineBytes, maxHeaders, maxMessageBytes, action);
  }
}
