package org.amiframework.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;
import org.amiframework.core.wire.OverflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading side of a session, on a thread of its own: reads the socket (unless a stall holds
 * it), records the bytes, frames them with core's {@link FrameReader} as Asterisk 1.8+ reads input,
 * and hands each message to the processor in arrival order, as Asterisk's session thread runs one
 * action at a time. When input ends it lets the writer finish and close.
 */
final class SessionReader implements Runnable, FrameHandler {

  private static final Logger LOG = LoggerFactory.getLogger(SessionReader.class);

  /** Far above Asterisk's own limits, which the engine applies itself to answer as Asterisk. */
  private static final FrameLimits INPUT_LIMITS =
      new FrameLimits(64 * 1024, 10_000, 4 * 1024 * 1024, OverflowAction.SKIP_MESSAGE);

  private final AmiSession session;
  private final InputStream in;
  private final SessionProcessor processor;
  private final CaptureWriter recorder;
  private final Runnable onEnd;

  SessionReader(
      AmiSession session,
      InputStream in,
      SessionProcessor processor,
      CaptureWriter recorder,
      Runnable onEnd) {
    this.session = session;
    this.in = in;
    this.processor = processor;
    this.recorder = recorder;
    this.onEnd = onEnd;
  }

  @Override
  public void run() {
    FrameReader reader = FrameReader.forServer(INPUT_LIMITS, this);
    byte[] buffer = new byte[8192];
    AmiServer server = session.server();
    try {
      while (true) {
        server.awaitReadable(session);
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        // A stall may have begun while the read was blocked: hold what was read until it ends.
        server.awaitReadable(session);
        if (recorder != null) {
          recorder.clientSent(buffer, 0, n);
        }
        reader.feed(buffer, 0, n);
      }
      reader.endOfInput();
    } catch (IOException e) {
      LOG.debug("{}: read ended: {}", session, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("{}: failed while handling input; closing it", session, e);
    } finally {
      onEnd.run();
    }
  }

  @Override
  public void onMessage(AmiMessage message) {
    if (Probe.isProbe(message)) {
      session.writeBlock(Probe.answer(message));
      return;
    }
    session.server().journal().record(session, message);
    processor.onMessage(session, message);
  }

  @Override
  public void onError(FrameError error) {
    if (error.kind() == FrameError.Kind.LINE_TOO_LONG
        || error.kind() == FrameError.Kind.MESSAGE_TOO_LARGE) {
      processor.onOversizedInput(session, error.detail());
    }
  }
}
