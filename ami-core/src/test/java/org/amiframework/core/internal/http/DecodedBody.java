package org.amiframework.core.internal.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;

/** What a {@link ReplyBodyDecoder} made of one body: its messages and its errors. */
record DecodedBody(List<AmiMessage> messages, List<FrameError> errors) {

  /** Decodes {@code body} fed in pieces of {@code chunk} bytes, with the default limits. */
  static DecodedBody of(HttpEndpoint.Format format, byte[] body, int chunk) {
    return of(format, body, chunk, FrameLimits.DEFAULT);
  }

  /** Decodes {@code body} fed in pieces of {@code chunk} bytes. */
  static DecodedBody of(HttpEndpoint.Format format, byte[] body, int chunk, FrameLimits limits) {
    List<AmiMessage> messages = new ArrayList<>();
    List<FrameError> errors = new ArrayList<>();
    FrameHandler handler =
        new FrameHandler() {
          @Override
          public void onMessage(AmiMessage message) {
            messages.add(message);
          }

          @Override
          public void onError(FrameError error) {
            errors.add(error);
          }
        };
    ReplyBodyDecoder decoder =
        ReplyBodyDecoder.create(format, limits, new XmlHeaderNames(Bindings.none()), handler);
    for (int i = 0; i < body.length; i += chunk) {
      decoder.feed(ByteBuffer.wrap(body, i, Math.min(chunk, body.length - i)));
    }
    decoder.endOfInput();
    return new DecodedBody(messages, errors);
  }
}
