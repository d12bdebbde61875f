package org.amiframework.core.wire;

/**
 * Bounds that keep a {@link FrameReader}'s memory finite whatever the peer sends.
 *
 * @param maxLineBytes longest line accepted, line end excluded
 * @param maxHeaders most lines in one message
 * @param maxMessageBytes most bytes in one message (legacy Command bodies included)
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

  /** Validates. */
  public FrameLimits {
    if (maxLineBytes < 16 || maxHeaders < 1 || maxMessageBytes < maxLineBytes) {
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
