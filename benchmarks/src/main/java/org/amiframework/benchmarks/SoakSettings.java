package org.amiframework.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What a soak run does, from system properties; an absent or empty property takes its default.
 *
 * <ul>
 *   <li>{@code soak.minutes}: how long events are offered, default 10 (decimals allowed);
 *   <li>{@code soak.rate}: events per second offered, default 20,000;
 *   <li>{@code soak.window}: seconds between samples, default 10;
 *   <li>{@code soak.warmup}: seconds of samples left out of the verdict, default 60;
 *   <li>{@code soak.leak}: {@code true} adds {@link SoakLeakingHandler}, to check that the verdict
 *       catches a leak; default false;
 *   <li>{@code soak.csv}: where the samples are written, default {@code target/soak.csv}.
 * </ul>
 *
 * @param windows the number of sampling windows: the duration is a whole number of them
 */
record SoakSettings(
    long windows, long ratePerSecond, Duration window, Duration warmup, boolean leak, Path csv) {

  /** Samples kept for the verdict, at the least. */
  static final int MIN_MEASURED_SAMPLES = 3;

  SoakSettings {
    if (ratePerSecond < 1 || ratePerSecond > 1_000_000) {
      throw new IllegalArgumentException(
          "soak.rate must be 1 to 1,000,000 events/s, got " + ratePerSecond);
    }
    if (windows - warmup.dividedBy(window) < MIN_MEASURED_SAMPLES) {
      throw new IllegalArgumentException(
          "soak.minutes leaves "
              + windows
              + " samples of "
              + window.toSeconds()
              + " s, of which warm-up ("
              + warmup.toSeconds()
              + " s) takes "
              + warmup.dividedBy(window)
              + ": the verdict needs "
              + MIN_MEASURED_SAMPLES
              + " after warm-up");
    }
  }

  /** The settings of {@code properties}, naming the property and value of a bad one. */
  static SoakSettings from(Properties properties) {
    double minutes = number(properties, "soak.minutes", 10);
    Duration window = Duration.ofSeconds((long) number(properties, "soak.window", 10));
    Duration warmup = Duration.ofSeconds((long) number(properties, "soak.warmup", 60));
    if (minutes <= 0 || window.isZero() || warmup.isNegative()) {
      throw new IllegalArgumentException(
          "soak.minutes and soak.window must be positive and soak.warmup not negative");
    }
    String leak = properties.getProperty("soak.leak", "").trim();
    if (!leak.isEmpty() && !leak.equals("true") && !leak.equals("false")) {
      throw new IllegalArgumentException("soak.leak must be true or false, got '" + leak + "'");
    }
    String csv = properties.getProperty("soak.csv", "").trim();
    return new SoakSettings(
        (long) (minutes * 60 / window.toSeconds()),
        (long) number(properties, "soak.rate", 20_000),
        window,
        warmup,
        Boolean.parseBoolean(leak),
        Path.of(csv.isEmpty() ? "target/soak.csv" : csv));
  }

  /** How long events are offered. */
  Duration duration() {
    return window.multipliedBy(windows);
  }

  /** Events offered in the whole run. */
  long events() {
    return ratePerSecond * duration().toSeconds();
  }

  private static double number(Properties properties, String name, double fallback) {
    String text = properties.getProperty(name, "").trim();
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + text + "'", e);
    }
  }
}
