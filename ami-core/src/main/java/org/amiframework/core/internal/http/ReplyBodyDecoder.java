package org.amiframework.core.internal.http;

import java.nio.ByteBuffer;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;

/**
 * Turns the body of one HTTP reply into AMI messages while its bytes arrive, so a large {@code
 * WaitEvent} reply is never held whole in memory: each message goes to the {@link FrameHandler} as
 * soon as it is complete, within the bounds of the {@link FrameLimits}. One decoder per reply; not
 * thread-safe.
 */
interface ReplyBodyDecoder {

  /** Consumes the remaining bytes of {@code bytes}. */
  void feed(ByteBuffer bytes);

  /** The body ended; a message left incomplete is reported as truncated. */
  void endOfInput();

  /**
   * A decoder for bodies of this format: AMI text goes through the same {@link FrameReader} as the
   * TCP stream (without a greeting), XML through {@link MxmlBodyDecoder}.
   */
  static ReplyBodyDecoder create(
      HttpEndpoint.Format format, FrameLimits limits, XmlHeaderNames names, FrameHandler handler) {
    if (format == HttpEndpoint.Format.XML) {
      return new MxmlBodyDecoder(limits, names, handler);
    }
    FrameReader reader = new FrameReader(limits, handler, FrameReader.Side.CLIENT, false);
    return new ReplyBodyDecoder() {
      @Override
      public void feed(ByteBuffer bytes) {
        reader.feed(bytes);
      }

      @Override
      public void endOfInput() {
        reader.endOfInput();
      }
    };
  }
}
