package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.runtime.ConfigurationException;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

  private static final String SECRET = "hunter2-Very-Secret";

  private static final Map<String, String> CREDENTIALS =
      Map.of("ami.username", "app", "ami.secret", SECRET);

  /** Sources strongest first: arguments, system properties, environment, file. */
  private static SettingsLoader loader(
      Map<String, String> args,
      Map<String, String> sysProps,
      Map<String, String> env,
      Map<String, String> file) {
    return new SettingsLoader(
        List.of(
            ConfigSource.of("command-line arguments", args),
            new ConfigSource("system properties", sysProps, false, false),
            ConfigSource.environment(env),
            ConfigSource.of("ami.properties", file)));
  }

  private static AmiClientConfig only(AmiSettings settings) {
    assertEquals(1, settings.servers().size());
    return settings.servers().get(0);
  }

  @Test
  void defaultsForASingleServer() {
    AmiSettings s = loader(Map.of(), Map.of(), Map.of(), CREDENTIALS).load();
    AmiClientConfig c = only(s);
    assertEquals(AmiSettings.DEFAULT_SERVER, c.name());
    assertEquals("127.0.0.1", c.host());
    assertEquals(5038, c.port());
    assertEquals(AuthType.PLAIN, c.authType());
    assertEquals(8, s.lanes());
    assertEquals(1024, s.laneCapacity());
    assertEquals(Duration.ofSeconds(10), s.shutdownTimeout());
  }

  @Test
  void aUrlSelectsAmiOverHttp() {
    Map<String, String> file = new java.util.HashMap<>(CREDENTIALS);
    file.put("ami.url", "https://pbx.example.org:8089/asterisk/amxml");
    AmiClientConfig c = only(loader(Map.of(), Map.of(), Map.of(), file).load());
    assertEquals("pbx.example.org", c.host());
    assertEquals(8089, c.port());
    assertTrue(c.tls());
    assertEquals("https://pbx.example.org:8089/asterisk/amxml", c.httpEndpoint().uri().toString());

    file.put("ami.url", "ftp://pbx/rawman");
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class, () -> loader(Map.of(), Map.of(), Map.of(), file).load());
    assertTrue(e.getMessage().contains("ami.url"), e.getMessage());
  }

  @Test
  void argumentsBeatSystemPropertiesBeatEnvironmentBeatFile() {
    Map<String, String> file = Map.of("ami.host", "file", "ami.username", "u", "ami.secret", "s");
    Map<String, String> env = Map.of("AMI_HOST", "env");
    Map<String, String> props = Map.of("ami.host", "props");
    Map<String, String> args = Map.of("ami.host", "args");
    assertEquals("file", only(loader(Map.of(), Map.of(), Map.of(), file).load()).host());
    assertEquals("env", only(loader(Map.of(), Map.of(), env, file).load()).host());
    assertEquals("props", only(loader(Map.of(), props, env, file).load()).host());
    assertEquals("args", only(loader(args, props, env, file).load()).host());
  }

  @Test
  void everyServerKeyIsRead() {
    Map<String, String> file =
        Map.ofEntries(
            Map.entry("ami.username", "app"),
            Map.entry("ami.secret", SECRET),
            Map.entry("ami.port", "5039"),
            Map.entry("ami.tls", "TRUE"),
            Map.entry("ami.tls-verify-host", "false"),
            Map.entry("ami.auth", "md5"),
            Map.entry("ami.events", "call,agent"),
            Map.entry("ami.connect-timeout", "3s"),
            Map.entry("ami.action-timeout", "PT1M"),
            Map.entry("ami.ping-interval", "0"),
            Map.entry("ami.ping-timeout", "750ms"),
            Map.entry("ami.reconnect", "false"),
            Map.entry("ami.reconnect-initial-delay", "2s"),
            Map.entry("ami.reconnect-max-delay", "1m"),
            Map.entry("ami.reconnect-max-attempts", "5"),
            Map.entry("ami.event-queue-capacity", "100"),
            Map.entry("ami.event-queue-overflow", "drop-newest"),
            Map.entry("ami.write-classes", "call,originate"),
            Map.entry("ami.learn-write-classes", "false"),
            Map.entry("ami.lanes", "3"),
            Map.entry("ami.lane-capacity", "50"),
            Map.entry("ami.shutdown-timeout", "1h"));
    AmiSettings s = loader(Map.of(), Map.of(), Map.of(), file).load();
    AmiClientConfig c = only(s);
    assertEquals(5039, c.port());
    assertTrue(c.tls());
    assertFalse(c.verifyHost());
    assertEquals(AuthType.MD5, c.authType());
    assertEquals("call,agent", c.eventMask());
    assertEquals(Duration.ofSeconds(3), c.connectTimeout());
    assertEquals(Duration.ofMinutes(1), c.actionTimeout());
    assertEquals(Duration.ZERO, c.pingInterval());
    assertEquals(Duration.ofMillis(750), c.pingTimeout());
    assertFalse(c.reconnect());
    assertEquals(Duration.ofSeconds(2), c.reconnectInitialDelay());
    assertEquals(Duration.ofMinutes(1), c.reconnectMaxDelay());
    assertEquals(5, c.reconnectMaxAttempts());
    assertEquals(100, c.eventQueueCapacity());
    assertEquals(OverflowPolicy.DROP_NEWEST, c.overflowPolicy());
    assertEquals(Set.of(PrivilegeClass.CALL, PrivilegeClass.ORIGINATE), c.writeClasses());
    assertFalse(c.learnWriteClasses());
    assertEquals(3, s.lanes());
    assertEquals(50, s.laneCapacity());
    assertEquals(Duration.ofHours(1), s.shutdownTimeout());
  }

  @Test
  void severalServersWithSharedDefaults() {
    Map<String, String> file =
        Map.of(
            "ami.servers", "pbx1, pbx-2",
            "ami.username", "shared",
            "ami.secret", SECRET,
            "ami.pbx1.host", "10.0.0.1",
            "ami.pbx-2.host", "10.0.0.2",
            "ami.pbx-2.username", "own");
    Map<String, String> env = Map.of("AMI_PBX_2_PORT", "6000", "AMI_PORT", "7000");
    AmiSettings s = loader(Map.of(), Map.of(), env, file).load();
    assertEquals(List.of("pbx1", "pbx-2"), s.serverNames());
    AmiClientConfig one = s.server("pbx1").orElseThrow();
    AmiClientConfig two = s.server("pbx-2").orElseThrow();
    assertEquals("10.0.0.1", one.host());
    assertEquals("shared", one.username());
    assertEquals(7000, one.port());
    assertEquals("10.0.0.2", two.host());
    assertEquals("own", two.username());
    assertEquals(6000, two.port(), "the server's own key, even from a weaker source, wins");
  }

  @Test
  void blankValuesCountAsUnset() {
    Map<String, String> env = Map.of("AMI_HOST", "  ");
    Map<String, String> file = Map.of("ami.host", "file", "ami.username", "u", "ami.secret", "s");
    assertEquals("file", only(loader(Map.of(), Map.of(), env, file).load()).host());
  }

  @Test
  void missingCredentialsNameTheKeyAndTheVariable() {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> loader(Map.of(), Map.of(), Map.of(), Map.of("ami.secret", "x")).load());
    assertTrue(e.getMessage().contains("ami.username is not set"), e.getMessage());
    assertTrue(e.getMessage().contains("AMI_USERNAME"), e.getMessage());
    e =
        assertThrows(
            ConfigurationException.class,
            () ->
                loader(
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        Map.of("ami.servers", "pbx1", "ami.username", "u"))
                    .load());
    assertTrue(e.getMessage().contains("ami.pbx1.secret (or ami.secret)"), e.getMessage());
    assertTrue(e.getMessage().contains("AMI_PBX1_SECRET"), e.getMessage());
  }

  @Test
  void invalidValuesNameKeyAndSource() {
    assertInvalid(Map.of("AMI_PORT", "50x"), "ami.port (from environment)", "'50x'");
    assertInvalid(Map.of("AMI_PORT", "70000"), "ami.port", "1 to 65535");
    assertInvalid(Map.of("AMI_TLS", "yes"), "ami.tls", "true or false");
    assertInvalid(Map.of("AMI_CONNECT_TIMEOUT", "10"), "ami.connect-timeout", "500ms");
    assertInvalid(Map.of("AMI_AUTH", "digest"), "ami.auth", "plain, md5");
    assertInvalid(Map.of("AMI_EVENTS", "call,cal"), "ami.events", "unknown privilege class 'cal'");
    assertInvalid(Map.of("AMI_WRITE_CLASSES", "cal"), "ami.write-classes", "privilege classes");
    assertInvalid(Map.of("AMI_LANES", "0"), "ami.lanes", "above 0");
    assertInvalid(Map.of("AMI_SERVERS", "a,,b"), "ami.servers", "without empty items");
    assertInvalid(Map.of("AMI_SERVERS", "ping"), "ami.servers", "reserved");
  }

  private static void assertInvalid(Map<String, String> env, String... fragments) {
    ConfigurationException e =
        assertThrows(
            ConfigurationException.class,
            () -> loader(Map.of(), Map.of(), env, CREDENTIALS).load());
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), () -> "no '" + f + "' in: " + e.getMessage());
    }
  }

  @Test
  void autoEventMaskIsKeptForTheRuntime() {
    Map<String, String> env = Map.of("AMI_EVENTS", "AUTO");
    AmiClientConfig c = only(loader(Map.of(), Map.of(), env, CREDENTIALS).load());
    assertTrue(AmiSettings.isAutoEventMask(c));
  }

  @Test
  void unknownKeysAreReportedWhereTheyCannotBelongToSomeoneElse() {
    SettingsLoader loader =
        loader(
            Map.of("ami.hots", "x"),
            Map.of("ami.shared.dir", "/tmp"),
            Map.of("AMI_WHATEVER", "x"),
            Map.of("ami.pbx9.host", "x", "ami.pbx1.host", "y", "other.key", "z"));
    assertEquals(
        List.of(
            "unknown configuration key ami.hots in command-line arguments",
            "unknown configuration key ami.pbx9.host in ami.properties"),
        loader.unknownKeys(List.of("pbx1")));
  }

  @Test
  void commandLineArgumentsAreParsed() {
    ConfigSource args =
        ConfigSource.arguments("run", "--ami.host=h=1", "--verbose", "--ami.port= 99 ");
    assertEquals("h=1", args.get("ami.host"));
    assertEquals("99", args.get("ami.port"));
    assertEquals(Set.of("ami.host", "ami.port"), args.keys());
    assertThrows(ConfigurationException.class, () -> ConfigSource.arguments("--ami.host"));
  }

  @Test
  void theClasspathFileIsRead() {
    ConfigSource file = ConfigSource.classpathFile(SettingsLoader.FILE);
    assertEquals("pbx.test.invalid", file.get("ami.host"));
    assertEquals(Map.of(), ConfigSource.classpathFile("no-such-file.properties").values());
  }

  @Test
  void theSecretIsNeverShown() {
    AmiSettings s = loader(Map.of(), Map.of(), Map.of(), CREDENTIALS).load();
    assertFalse(s.toString().contains(SECRET), s.toString());
    assertEquals(SECRET, only(s).secret());
    ConfigValue secret = new ConfigValue("ami.secret", SECRET, "environment", true);
    assertFalse(secret.invalid("anything").getMessage().contains(SECRET));
  }
}
