package org.amiframework.core.wire;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/** Ways of cutting the same bytes into reads, to show the borders do not matter. */
enum Feeding {
  /** All bytes in one read. */
  WHOLE((reader, bytes) -> reader.feed(bytes)),
  /** One byte per read: every border falls everywhere once. */
  BYTE_BY_BYTE(
      (reader, bytes) -> {
        for (int i = 0; i < bytes.length; i++) {
          reader.feed(bytes, i, 1);
        }
      }),
  /** Reads of 1 to 97 bytes, from a fixed seed, through direct ByteBuffers (no backing array). */
  RANDOM_DIRECT_BUFFERS(
      (reader, bytes) -> {
        Random random = new Random(42);
        ByteBuffer buffer = ByteBuffer.allocateDirect(97);
        for (int pos = 0; pos < bytes.length; ) {
          int n = Math.min(bytes.length - pos, 1 + random.nextInt(97));
          buffer.clear().put(bytes, pos, n).flip();
          reader.feed(buffer);
          pos += n;
        }
      });

  private final BiConsumer<FrameReader, byte[]> feeder;

  Feeding(BiConsumer<FrameReader, byte[]> feeder) {
    this.feeder = feeder;
  }

  void feed(FrameReader reader, byte[] bytes) {
    feeder.accept(reader, bytes);
  }

  /** Feeds each chunk as one read, as the TCP reads arrived. */
  static void feedChunks(FrameReader reader, List<byte[]> chunks) {
    for (byte[] chunk : chunks) {
      reader.feed(chunk);
    }
  }
}
