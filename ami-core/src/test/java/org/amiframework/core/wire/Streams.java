package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Small helpers to build test streams and read them whole. */
final class Streams {

  static final String GREETING = "Asterisk Call Manager/11.0.0\r\n";

  private Streams() {}

  /** Text as UTF-8 bytes. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Text as one byte per char (for bytes that are not valid UTF-8). */
  static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Feeds each part as one read to a client reader with these limits, then ends the stream. */
  static RecordingHandler readAsClient(FrameLimits limits, String... reads) {
    return read(
        h -> FrameReader.forClient(limits, h), Arrays.stream(reads).map(Streams::utf8).toList());
  }

  /** Feeds the bytes as one read to a client reader with default limits, then ends the stream. */
  static RecordingHandler readAsClient(byte[] bytes) {
    return read(h -> FrameReader.forClient(FrameLimits.DEFAULT, h), List.of(bytes));
  }

  /** Feeds each part as one read to a server reader, then ends the stream. */
  static RecordingHandler readAsServer(String... reads) {
    return readAsServer(Arrays.stream(reads).map(Streams::utf8).toArray(byte[][]::new));
  }

  /** Feeds each part as one read to a server reader, then ends the stream. */
  static RecordingHandler readAsServer(byte[]... reads) {
    return read(h -> FrameReader.forServer(FrameLimits.DEFAULT, h), List.of(reads));
  }

  private static RecordingHandler read(
      Function<FrameHandler, FrameReader> newReader, List<byte[]> reads) {
    RecordingHandler handler = new RecordingHandler();
    FrameReader reader = newReader.apply(handler);
    reads.forEach(reader::feed);
    reader.endOfInput();
    return handler;
  }
}
