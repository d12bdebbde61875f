package org.amiframework.samples.callmonitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The demo PBX starts exactly when no Asterisk address is configured anywhere. */
class LaunchOptionsTest {

  private static final Properties NO_PROPERTIES = new Properties();

  @Test
  void withoutAnAddressTheDemoPbxIsUsed() {
    LaunchOptions options = LaunchOptions.parse(List.of(), Map.of(), NO_PROPERTIES);
    assertTrue(options.embeddedPbx());
    assertEquals(Optional.empty(), options.runTime());
  }

  @Test
  void anAddressInAnySourceMeansARealAsterisk() {
    assertReal(List.of("--ami.host=pbx.example.org"), Map.of(), NO_PROPERTIES);
    assertReal(List.of(), Map.of("AMI_HOST", "10.0.0.1"), NO_PROPERTIES);
    assertReal(List.of(), Map.of("AMI_URL", "http://pbx:8088/rawman"), NO_PROPERTIES);
    assertReal(List.of("--ami.servers=pbx1,pbx2"), Map.of(), NO_PROPERTIES);
    Properties system = new Properties();
    system.setProperty("ami.host", "pbx");
    assertReal(List.of(), Map.of(), system);
  }

  @Test
  void blankValuesAndOtherKeysConfigureNoAddress() {
    LaunchOptions options =
        LaunchOptions.parse(
            List.of("--ami.host=", "--ami.username=app"), Map.of("AMI_HOST", " "), NO_PROPERTIES);
    assertTrue(options.embeddedPbx());
  }

  @Test
  void demoSecondsLimitsTheRunTime() {
    LaunchOptions options =
        LaunchOptions.parse(List.of("--demo.seconds=20"), Map.of(), NO_PROPERTIES);
    assertEquals(Optional.of(Duration.ofSeconds(20)), options.runTime());
    Properties system = new Properties();
    system.setProperty("demo.seconds", "5");
    assertEquals(
        Optional.of(Duration.ofSeconds(5)),
        LaunchOptions.parse(List.of(), Map.of(), system).runTime());
  }

  @Test
  void aRunTimeThatIsNoPositiveWholeNumberIsRefusedByName() {
    for (String bad : List.of("0", "-3", "1.5", "soon")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> LaunchOptions.parse(List.of("--demo.seconds=" + bad), Map.of(), NO_PROPERTIES));
      assertTrue(
          e.getMessage().contains("demo.seconds") && e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void demoHttpReachesTheDemoPbxOverHttp() {
    assertFalse(LaunchOptions.parse(List.of(), Map.of(), NO_PROPERTIES).demoOverHttp());
    assertTrue(
        LaunchOptions.parse(List.of("--demo.http=true"), Map.of(), NO_PROPERTIES).demoOverHttp());
    Properties system = new Properties();
    system.setProperty("demo.http", "TRUE");
    assertTrue(LaunchOptions.parse(List.of(), Map.of(), system).demoOverHttp());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LaunchOptions.parse(List.of("--demo.http=yes"), Map.of(), NO_PROPERTIES));
    assertTrue(e.getMessage().contains("demo.http") && e.getMessage().contains("yes"));
  }

  private static void assertReal(List<String> args, Map<String, String> env, Properties system) {
    assertFalse(
        LaunchOptions.parse(args, env, system).embeddedPbx(), args + " " + env + " " + system);
  }
}
