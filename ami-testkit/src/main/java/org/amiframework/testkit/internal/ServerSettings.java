package org.amiframework.testkit.internal;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.amiframework.core.api.Bindings;
import org.amiframework.testkit.UnscriptedActionPolicy;

/**
 * The fixed configuration of a fake, as {@code manager.conf}, {@code asterisk.conf} and the build
 * would fix it for a real server.
 *
 * @param listening whether it listens on a TCP port; without, it takes in-memory connections only
 * @param bindAddress where to listen (loopback by default)
 * @param port the port to listen on first, 0 for an ephemeral one
 * @param amiVersion the version in the greeting; its major picks the Command output format
 * @param asteriskVersion what CoreSettings reports
 * @param systemName {@code systemname}, added to every broadcast event; null for none
 * @param timestampEvents {@code timestampevents}: a Timestamp header on broadcast events
 * @param failedLoginDelay how long a failed login waits before answering (1 s in Asterisk)
 * @param challenges makes MD5 challenges (at most 9 digits in Asterisk)
 * @param unscripted how known but unscripted actions are answered
 * @param emulateInputLimits refuse lines over 1024 bytes and messages over 128 lines as Asterisk
 * @param writeQueueCapacity how many unwritten chunks a session may have before it is dropped
 * @param journalCapacity how many received actions are kept
 * @param recordingDirectory where to record every session as a capture; null for nowhere
 * @param bindings the generated bindings: event classes for emitting, action write classes
 */
public record ServerSettings(
    boolean listening,
    InetAddress bindAddress,
    int port,
    String amiVersion,
    String asteriskVersion,
    String systemName,
    boolean timestampEvents,
    Duration failedLoginDelay,
    Supplier<String> challenges,
    UnscriptedActionPolicy unscripted,
    boolean emulateInputLimits,
    int writeQueueCapacity,
    int journalCapacity,
    Path recordingDirectory,
    Bindings bindings) {

  /** Validates. */
  public ServerSettings {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(amiVersion, "amiVersion");
    Objects.requireNonNull(asteriskVersion, "asteriskVersion");
    Objects.requireNonNull(failedLoginDelay, "failedLoginDelay");
    Objects.requireNonNull(challenges, "challenges");
    Objects.requireNonNull(unscripted, "unscripted");
    Objects.requireNonNull(bindings, "bindings");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** The major number of the AMI version ({@code 11} of {@code 11.0.0}), 0 if unreadable. */
  public int amiMajor() {
    int dot = amiVersion.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? amiVersion : amiVersion.substring(0, dot));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether Command answers in the 14+ format ({@code Output:} headers): AMI 3 and later. */
  public boolean commandOutputHeaders() {
    return amiMajor() >= 3;
  }
}
