package org.amiframework.core.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;
import org.amiframework.core.wire.FrameReader;

/**
 * Reads the real Asterisk captures from the shared directory (system property {@code
 * ami.shared.dir}, set by the build). A missing directory fails the test: it must never pass by
 * skipping its ground truth.
 */
public final class SharedCaptures {

  private SharedCaptures() {}

  /** The bytes the server sent in capture {@code name} (without extension). */
  public static byte[] rx(String name) throws IOException {
    String dir = System.getProperty("ami.shared.dir");
    if (dir == null || dir.isBlank()) {
      throw new AssertionError(
          "system property ami.shared.dir is not set; run the tests through Maven, which points"
              + " it at <repo>/../shared");
    }
    Path file = Path.of(dir, "asterisk", "captures", name + ".rx");
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("capture not found: " + file.toAbsolutePath());
    }
    return Files.readAllBytes(file);
  }

  /** The messages the server sent in capture {@code name}, greeting excluded. */
  public static List<AmiMessage> messages(String name) throws IOException {
    List<AmiMessage> messages = new ArrayList<>();
    byte[] bytes = rx(name);
    FrameReader reader =
        FrameReader.forClient(
            FrameLimits.DEFAULT,
            new FrameHandler() {
              @Override
              public void onMessage(AmiMessage message) {
                messages.add(message);
              }
            });
    reader.feed(bytes, 0, bytes.length);
    reader.endOfInput();
    return messages;
  }

  /** The first message of capture {@code name} that carries this ActionID. */
  public static AmiMessage withActionId(String name, String actionId) throws IOException {
    return messages(name).stream()
        .filter(m -> actionId.equals(m.actionId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ActionID " + actionId + " in capture " + name));
  }
}
