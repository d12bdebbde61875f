package org.amiframework.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SoakSettingsTest {

  @Test
  void emptyPropertiesTakeTheDefaults() {
    Properties empty = new Properties();
    empty.setProperty("soak.minutes", ""); // what the build passes when nothing is given

    SoakSettings s = SoakSettings.from(empty);

    assertEquals(Duration.ofMinutes(10), s.duration());
    assertEquals(60, s.windows());
    assertEquals(20_000, s.ratePerSecond());
    assertEquals(12_000_000, s.events());
    assertEquals(Duration.ofSeconds(60), s.warmup());
    assertFalse(s.leak());
  }

  @Test
  void givenValuesAreTaken() {
    SoakSettings s =
        SoakSettings.from(props("soak.minutes", "2", "soak.rate", "5000", "soak.leak", "true"));

    assertEquals(Duration.ofMinutes(2), s.duration());
    assertEquals(600_000, s.events());
    assertTrue(s.leak());
  }

  @Test
  void aBadValueIsRefusedNamingItsProperty() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SoakSettings.from(props("soak.rate", "fast")));
    assertTrue(
        e.getMessage().contains("soak.rate") && e.getMessage().contains("fast"), e.getMessage());

    e =
        assertThrows(
            IllegalArgumentException.class, () -> SoakSettings.from(props("soak.leak", "yes")));
    assertTrue(e.getMessage().contains("soak.leak"), e.getMessage());
  }

  @Test
  void aRunTooShortForTheVerdictAfterWarmUpIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SoakSettings.from(props("soak.minutes", "1")));

    assertTrue(e.getMessage().contains("warm-up"), e.getMessage());
  }

  private static Properties props(String... pairs) {
    Properties p = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      p.setProperty(pairs[i], pairs[i + 1]);
    }
    return p;
  }
}
