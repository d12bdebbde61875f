package org.amiframework.core.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Receives the body of one HTTP reply as the JDK client delivers it: an AMI body is fed to a {@link
 * ReplyBodyDecoder} buffer by buffer; any other body (an HTML error page) is kept only as a short
 * excerpt for the error message, so no reply, however large, is held whole in memory.
 *
 * <p>If the decoder's handler throws, the failure is kept and the rest of the body is read and
 * dropped: cancelling would leave the JDK's body future uncompleted. One subscriber per reply.
 */
final class ReplyBodySubscriber implements Flow.Subscriber<List<ByteBuffer>> {

  private static final int EXCERPT_BYTES = 2048;

  private final ReplyBodyDecoder decoder;
  private byte[] excerpt = new byte[0];
  private Flow.Subscription subscription;
  private volatile RuntimeException failure;

  /** Decodes into {@code decoder}, or keeps an excerpt when {@code decoder} is null. */
  ReplyBodySubscriber(ReplyBodyDecoder decoder) {
    this.decoder = decoder;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (decoder == null) {
        keepExcerpt(buffer);
      } else if (failure == null) {
        try {
          decoder.feed(buffer);
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    // The JDK client fails the response future with the same error; nothing to add here.
  }

  @Override
  public void onComplete() {
    if (decoder != null && failure == null) {
      try {
        decoder.endOfInput();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }

  /** What the handler threw while the body was decoded, or null. */
  RuntimeException failure() {
    return failure;
  }

  /** The start of a body that was not decoded, as text (ISO-8859-1, never fails). */
  String excerpt() {
    return new String(excerpt, StandardCharsets.ISO_8859_1);
  }

  private void keepExcerpt(ByteBuffer buffer) {
    int room = EXCERPT_BYTES - excerpt.length;
    int n = Math.min(room, buffer.remaining());
    if (n > 0) {
      int old = excerpt.length;
      excerpt = Arrays.copyOf(excerpt, old + n);
      buffer.get(excerpt, old, n);
    }
    buffer.position(buffer.limit());
  }
}
