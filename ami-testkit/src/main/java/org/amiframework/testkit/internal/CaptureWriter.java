package org.amiframework.testkit.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one TCP connection in the capture format of the project's reference data: {@code NAME.rx}
 * (bytes from the server), {@code NAME.tx} (bytes from the client) and {@code NAME.jsonl} (both
 * directions, one JSON object per read or write chunk, with the time since connect). A recording is
 * thus replayable by {@link org.amiframework.testkit.AmiCapture}. Thread-safe: the two directions
 * are usually written by two threads.
 */
public final class CaptureWriter implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(CaptureWriter.class);

  private final Path base;
  private final OutputStream rx;
  private final OutputStream tx;
  private final BufferedWriter jsonl;
  private final long startNanos = System.nanoTime();
  private boolean closed;

  private CaptureWriter(Path base) throws IOException {
    this.base = base;
    Files.createDirectories(base.toAbsolutePath().getParent());
    this.rx = Files.newOutputStream(sibling(".rx"));
    this.tx = Files.newOutputStream(sibling(".tx"));
    this.jsonl = Files.newBufferedWriter(sibling(".jsonl"), StandardCharsets.US_ASCII);
  }

  /** Opens (and truncates) {@code dir/name.rx}, {@code .tx} and {@code .jsonl}. */
  public static CaptureWriter open(Path dir, String name) throws IOException {
    return new CaptureWriter(dir.resolve(name));
  }

  /**
   * The recording of a session, {@code dir/session-NNN}; null when {@code dir} is null (not
   * recording) or the files cannot be opened, which is logged: a test goes on unrecorded.
   */
  static CaptureWriter ofSession(Path dir, int sessionId) {
    if (dir == null) {
      return null;
    }
    try {
      return open(dir, String.format("session-%03d", sessionId));
    } catch (IOException e) {
      LOG.warn("session {} is not recorded: {}", sessionId, e.toString());
      return null;
    }
  }

  /** The path of the recording without extension ({@code dir/name}). */
  public Path base() {
    return base;
  }

  /** Records bytes the server sent. */
  public synchronized void serverSent(byte[] bytes, int offset, int length) {
    record("rx", rx, bytes, offset, length);
  }

  /** Records bytes the client sent. */
  public synchronized void clientSent(byte[] bytes, int offset, int length) {
    record("tx", tx, bytes, offset, length);
  }

  /** Records that the server closed its side. */
  public synchronized void serverClosed() {
    if (!closed) {
      line("rx-eof", "");
    }
  }

  private void record(String dir, OutputStream out, byte[] bytes, int offset, int length) {
    if (closed || length <= 0) {
      return;
    }
    try {
      out.write(bytes, offset, length);
      out.flush();
    } catch (IOException e) {
      LOG.warn("cannot record to {}: {}", base, e.toString());
    }
    line(dir, new String(bytes, offset, length, StandardCharsets.ISO_8859_1));
  }

  private void line(String dir, String data) {
    try {
      jsonl.write(JsonLines.line((System.nanoTime() - startNanos) / 1e9, dir, data));
      jsonl.write('\n');
      jsonl.flush();
    } catch (IOException e) {
      LOG.warn("cannot record to {}: {}", base, e.toString());
    }
  }

  private Path sibling(String extension) {
    return base.resolveSibling(base.getFileName() + extension);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Closeable c : new Closeable[] {rx, tx, jsonl}) {
      try {
        c.close();
      } catch (IOException e) {
        LOG.warn("cannot close recording {}: {}", base, e.toString());
      }
    }
  }
}
