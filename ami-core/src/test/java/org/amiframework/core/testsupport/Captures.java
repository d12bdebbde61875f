package org.amiframework.core.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the captures of real Asterisk traffic in {@code <ami.shared.dir>/asterisk/captures}: for a
 * connection NAME, {@code NAME.rx} (bytes from the server), {@code NAME.tx} (bytes the client sent)
 * and {@code NAME.jsonl} (both, one JSON object per TCP read or write, with the real borders). The
 * captures are never copied into the repository; a test that cannot find them fails, it does not
 * skip.
 */
public final class Captures {

  /** The system property naming the shared data directory; the parent pom sets it. */
  public static final String SHARED_DIR_PROPERTY = "ami.shared.dir";

  /** One TCP read or write of a capture. */
  public record Chunk(double seconds, String direction, byte[] data) {

    /** Whether the client received this chunk. */
    public boolean isRx() {
      return direction.equals("rx");
    }

    /** Whether the client sent this chunk. */
    public boolean isTx() {
      return direction.equals("tx");
    }
  }

  private Captures() {}

  /** The shared data directory; fails the test with a clear message when it is missing. */
  public static Path sharedDir() {
    return sharedDir(System.getProperty(SHARED_DIR_PROPERTY));
  }

  /** The shared data directory named by {@code dir}; fails the test when it is not usable. */
  static Path sharedDir(String dir) {
    if (dir == null || dir.isBlank()) {
      fail(
          "System property "
              + SHARED_DIR_PROPERTY
              + " is not set. Run the tests through Maven (the parent pom sets it to"
              + " <repo>/../shared) or pass -D"
              + SHARED_DIR_PROPERTY
              + "=/path/to/shared");
    }
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isDirectory(path.resolve("asterisk/captures"))) {
      fail(
          "The shared Asterisk data is missing: no directory asterisk/captures under "
              + path
              + " ("
              + SHARED_DIR_PROPERTY
              + "="
              + dir
              + ")");
    }
    return path;
  }

  /** The directory of the captures. */
  public static Path dir() {
    return sharedDir().resolve("asterisk/captures");
  }

  /**
   * Names of every TCP capture (those with a {@code .rx} file), sorted. The HTTP captures live in
   * their own folder and are not among them.
   */
  public static List<String> names() {
    try (Stream<Path> files = Files.list(dir())) {
      List<String> names =
          files
              .filter(Files::isRegularFile)
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".rx"))
              .map(n -> n.substring(0, n.length() - ".rx".length()))
              .sorted()
              .toList();
      if (names.isEmpty()) {
        fail("No .rx capture in " + dir());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exact bytes the client received on connection {@code name}. */
  public static byte[] rx(String name) {
    return read(name + ".rx");
  }

  /** The exact bytes the client sent on connection {@code name}. */
  public static byte[] tx(String name) {
    return read(name + ".tx");
  }

  /** Every chunk of connection {@code name}, in order, both directions and the end marker. */
  public static List<Chunk> chunks(String name) {
    String text = new String(read(name + ".jsonl"), StandardCharsets.UTF_8);
    List<Chunk> chunks = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        chunks.add(FlatJson.parseChunk(line));
      }
    }
    return chunks;
  }

  /** The reads of connection {@code name}, with their real borders. */
  public static List<byte[]> rxChunks(String name) {
    return chunks(name).stream().filter(Chunk::isRx).map(Chunk::data).toList();
  }

  /** The writes of connection {@code name}, with their real borders. */
  public static List<byte[]> txChunks(String name) {
    return chunks(name).stream().filter(Chunk::isTx).map(Chunk::data).toList();
  }

  private static byte[] read(String file) {
    Path path = dir().resolve(file);
    if (!Files.isRegularFile(path)) {
      fail("Capture file missing: " + path);
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
