package org.amiframework.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.FakeAsterisk;
import org.amiframework.testkit.FakeSession;
import org.amiframework.testkit.FakeUser;

/**
 * The server side of the end-to-end and incumbent benchmarks: a {@link FakeAsterisk} that logs a
 * client in exactly as Asterisk 22 does (plain or MD5 challenge, {@code core show version} with the
 * real output), after which the benchmark streams the bulk capture into the session as raw bytes.
 * Both clients under test face the same server and the same bytes.
 */
final class BulkStreamServer implements AutoCloseable {

  static final String USERNAME = "bench";
  static final String SECRET = "bench-secret";

  /** The header {@link #sendStamped} adds: the send time, {@link System#nanoTime()}. */
  static final String SENT_NANOS = "X-Sent-Nanos";

  /** The output of {@code core show version} in the capture {@code e-command-output.rx}. */
  private static final String VERSION =
      "Asterisk 22.10.1 built by root @ vm on a x86_64 running Linux on 2026-11-22 23:06:21 UTC";

  private final FakeAsterisk fake;
  private final byte[] bulk = SharedData.bulkEvents();
  private final List<AmiMessage> messages = SharedData.bulkMessages();
  private volatile FakeSession session;

  BulkStreamServer() {
    fake =
        FakeAsterisk.builder()
            .user(FakeUser.admin(USERNAME, SECRET))
            // One replay is a single chunk; paced runs queue one chunk per event.
            .writeQueueCapacity(100_000)
            .start();
    fake.cli().define("core show version", VERSION);
  }

  int port() {
    return fake.port();
  }

  /** Waits for the client's logged-in session; every later write goes to it. */
  void awaitLogin() {
    session = fake.awaitSession(Duration.ofSeconds(30));
  }

  /** Writes the 7,400 events of the capture, byte for byte, at once. */
  void sendBulk() {
    session.sendRaw(bulk);
  }

  /**
   * Writes bulk event {@code index} (modulo 7,400) with a header {@code X-Sent-Nanos} holding
   * {@link System#nanoTime()} at this call, right after its {@code Event:} line. Client and server
   * share this JVM, so a handler can subtract it from its own {@code nanoTime()}.
   */
  void sendStamped(int index) {
    sendStamped(index, "");
  }

  /**
   * Like {@link #sendStamped(int)}, with {@code callIdSuffix} appended to every call identifier
   * (each header whose name ends in {@code Uniqueid} or {@code Linkedid}, in any case): a later
   * replay of the capture then carries new calls, as a real server's stream does, instead of
   * repeating the identifiers of the first.
   */
  void sendStamped(int index, String callIdSuffix) {
    AmiMessage m = messages.get(index % messages.size());
    StringBuilder text = new StringBuilder(512);
    text.append(m.name(0)).append(": ").append(m.value(0)).append("\r\n");
    text.append(SENT_NANOS).append(": ").append(System.nanoTime()).append("\r\n");
    for (int i = 1; i < m.size(); i++) {
      String name = m.name(i);
      text.append(name).append(": ").append(m.value(i));
      if (!callIdSuffix.isEmpty() && isCallId(name)) {
        text.append(callIdSuffix);
      }
      text.append("\r\n");
    }
    session.sendRaw(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The number of events in one replay of the capture. */
  int captureSize() {
    return messages.size();
  }

  private static boolean isCallId(String header) {
    return endsWithIgnoreCase(header, "uniqueid") || endsWithIgnoreCase(header, "linkedid");
  }

  private static boolean endsWithIgnoreCase(String text, String suffix) {
    return text.regionMatches(true, text.length() - suffix.length(), suffix, 0, suffix.length());
  }

  @Override
  public void close() {
    fake.close();
  }
}
