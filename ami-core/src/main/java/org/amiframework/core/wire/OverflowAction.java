package org.amiframework.core.wire;

/** What a {@link FrameReader} does when a line or a message exceeds its limits. */
public enum OverflowAction {
  /** Report the error, discard the rest of that message up to its blank line, and go on. */
  SKIP_MESSAGE,
  /** Report a fatal error and stop reading; the owner closes the connection. */
  CLOSE
}
