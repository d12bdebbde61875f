package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.internal.UserRegistry;
import org.junit.jupiter.api.Test;

/** What changes with the emulated AMI version, and what login does around it. */
class VersionBehaviourTest {

  @Test
  void beforeAmi3CommandAnswersInTheLegacyFollowsFormat() throws Exception {
    try (FakeAsterisk pbx = FakeAsterisk.builder().amiVersion("2.10.6").start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      pbx.cli().define("core show uptime", "System uptime: 3 minutes", "", "Last reload: now");
      assertEquals("Asterisk Call Manager/2.10.6", client.greeting());
      client.login("admin", "admin", "off");
      client.send("Action", "Command", "ActionID", "c1", "Command", "core show uptime");
      AmiMessage response = client.nextResponse();
      assertEquals("Follows", response.get("Response"));
      assertEquals("Command", response.get("Privilege"));
      assertEquals("c1", response.actionId());
      assertEquals("System uptime: 3 minutes\n\nLast reload: now\n", response.body().orElseThrow());
      client.send("Action", "Command", "Command", "bogus");
      assertTrue(client.nextResponse().body().orElseThrow().startsWith("No such command 'bogus'"));
      client.send("Action", "Ping", "ActionID", "after");
      assertEquals("after", client.nextResponse().actionId(), "the stream is intact after a body");
    }
  }

  @Test
  void fullyBootedHasNoUptimeBeforeAsterisk14() throws Exception {
    try (FakeAsterisk pbx = FakeAsterisk.builder().amiVersion("2.10.6").start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.login("admin", "admin", null);
      AmiMessage booted = client.next();
      assertEquals(
          AmiMessage.of(
              "Event", "FullyBooted", "Privilege", "system,all", "Status", "Fully Booted"),
          booted);
    }
  }

  @Test
  void commandOutputHeadersForEmptyAndFailingCommands() throws Exception {
    try (FakeAsterisk pbx = FakeAsterisk.start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      pbx.cli().define("silent");
      client.login("admin", "admin", "off");
      client.send("Action", "Command", "Command", "silent");
      AmiMessage empty = client.nextResponse();
      assertEquals("Success", empty.get("Response"));
      assertEquals(List.of(""), empty.getAll("Output"));
      client.send("Action", "Command", "Command", "module unload chan_pjsip.so");
      assertEquals("Command blacklisted", client.nextResponse().get("Message"));
    }
  }

  @Test
  void aFailedLoginWaitsTheConfiguredDelayThenCloses() throws Exception {
    Duration delay = Duration.ofMillis(200);
    try (FakeAsterisk pbx = FakeAsterisk.builder().failedLoginDelay(delay).start();
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      client.greeting();
      long start = System.nanoTime();
      client.send("Action", "Login", "Username", "ADMIN", "Secret", "wrong");
      assertEquals("Authentication failed", client.nextResponse().get("Message"));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(delay) >= 0);
      assertTrue(client.awaitClosed(RawAmiClient.TIMEOUT));
    }
  }

  @Test
  void userNamesMatchInAnyCaseSecretsExactlyAndMd5KeysInLowerCaseOnly() throws Exception {
    try (FakeAsterisk pbx =
        FakeAsterisk.builder()
            .failedLoginDelay(Duration.ZERO)
            .fixedChallenge("840215317")
            .user(FakeUser.admin("Admin", "Pw"))
            .start()) {
      try (RawAmiClient client = RawAmiClient.connect(pbx)) {
        assertEquals("Authentication accepted", client.login("aDMIN", "Pw", "off").get("Message"));
        assertTrue(pbx.awaitSession(Duration.ofSeconds(5)).user().isPresent());
      }
      String key = UserRegistry.md5Key("840215317", "Pw");
      assertEquals(key.toLowerCase(Locale.ROOT), key);
      for (String candidate : new String[] {key.toUpperCase(Locale.ROOT), key}) {
        try (RawAmiClient client = RawAmiClient.connect(pbx)) {
          client.greeting();
          client.send("Action", "Challenge", "AuthType", "MD5");
          assertEquals("840215317", client.nextResponse().get("Challenge"));
          client.send("Action", "Login", "AuthType", "md5", "Username", "admin", "Key", candidate);
          String message = client.nextResponse().get("Message");
          assertEquals(
              candidate.equals(key) ? "Authentication accepted" : "Authentication failed", message);
        }
      }
      try (RawAmiClient client = RawAmiClient.connect(pbx)) {
        client.greeting();
        client.send("Action", "Login", "Username", "admin", "Secret", "pw");
        assertEquals("Authentication failed", client.nextResponse().get("Message"));
        assertFalse(pbx.receivedActions().isEmpty());
      }
    }
  }
}
