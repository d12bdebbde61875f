package org.amiframework.core.wire;

import org.amiframework.core.message.AmiMessage;

/**
 * Receives what a {@link FrameReader} finds in the byte stream, on the reading thread, during
 * {@code feed}. An exception thrown here is logged by the reader and does not stop it.
 */
public interface FrameHandler {

  /** The one-line greeting ({@code Asterisk Call Manager/11.0.0}), without its line end. */
  default void onGreeting(String greeting) {}

  /** A complete message. */
  void onMessage(AmiMessage message);

  /**
   * Something in the stream was wrong. When {@link FrameError#fatal()} is true the reader has
   * stopped and ignores further input; the connection should be closed.
   */
  default void onError(FrameError error) {}
}
