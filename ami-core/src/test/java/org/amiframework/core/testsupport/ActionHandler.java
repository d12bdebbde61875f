package org.amiframework.core.testsupport;

import org.amiframework.core.message.AmiMessage;

/** Answers one action on a {@link ScriptedAmiServer}, on that session's thread. */
@FunctionalInterface
public interface ActionHandler {

  /** Handles {@code action}; may write any number of messages, or nothing, or close the socket. */
  void handle(ServerSession session, AmiMessage action) throws Exception;
}
