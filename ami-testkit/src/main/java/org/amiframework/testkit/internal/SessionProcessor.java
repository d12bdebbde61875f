package org.amiframework.testkit.internal;

import org.amiframework.core.message.AmiMessage;

/**
 * What a session does with the messages its client sends: the protocol engine answers them as
 * Asterisk would, a replay answers them from a capture.
 */
public interface SessionProcessor {

  /** The greeting line to write on connect, without its line end. */
  String greeting();

  /** Called once the greeting is queued, before the client's first message is read. */
  default void onStart(AmiSession session) {}

  /** Handles one message from the client, on the session's reading thread, in arrival order. */
  void onMessage(AmiSession session, AmiMessage message);

  /** A line or message was too large for the reader and was skipped. */
  default void onOversizedInput(AmiSession session, String detail) {}
}
