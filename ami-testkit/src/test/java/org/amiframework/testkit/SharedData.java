package org.amiframework.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;

/** Finds the real-Asterisk reference data; fails loudly (never skips) when it is missing. */
final class SharedData {

  private SharedData() {}

  static Path captures() {
    String dir = System.getProperty("ami.shared.dir");
    if (dir == null) {
      throw new AssertionError(
          "system property ami.shared.dir is not set; run the tests through Maven (the parent pom"
              + " sets it to <repo>/../shared)");
    }
    Path captures = Path.of(dir, "asterisk", "captures");
    if (!Files.isDirectory(captures)) {
      throw new AssertionError("reference captures not found at " + captures.toAbsolutePath());
    }
    return captures;
  }

  static Path capture(String name) {
    Path file = captures().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("reference capture missing: " + file.toAbsolutePath());
    }
    return file;
  }

  /**
   * A fake configured as the server of the captures was (its README): users admin (read=all
   * write=all), reporter (read=call,reporting write=reporting) and nobody (no classes), with their
   * recorded secrets; failed logins answer at once. When the capture handed out an MD5 challenge,
   * the fake hands out the same one, so that the recorded key is valid.
   */
  static FakeAsteriskBuilder likeTheRecordedServer(AmiCapture recorded) {
    FakeAsteriskBuilder builder =
        FakeAsterisk.builder()
            .failedLoginDelay(Duration.ZERO)
            .user(FakeUser.admin("admin", "adminpw"))
            .user(
                FakeUser.of(
                    "reporter",
                    "reppw",
                    Set.of(PrivilegeClass.CALL, PrivilegeClass.REPORTING),
                    Set.of(PrivilegeClass.REPORTING)))
            .user(FakeUser.of("nobody", "nopw", Set.of(), Set.of()));
    if (recorded != null) {
      recorded.messages().stream()
          .filter(m -> m.has("Challenge"))
          .findFirst()
          .ifPresent(m -> builder.fixedChallenge(m.get("Challenge")));
    }
    return builder;
  }
}
