package org.amiframework.samples.callmonitor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the command line asks of the call monitor: which Asterisk (a configured one, or the embedded
 * demo PBX when none is, over TCP or with {@code --demo.http=true} over HTTP), and for how long
 * ({@code --demo.seconds=N}, or until Ctrl-C).
 *
 * @param args the arguments, handed on to the runtime, which reads the {@code --ami.*} ones
 * @param embeddedPbx whether no Asterisk address is configured, so the demo PBX is to be started
 * @param runTime how long to run, when limited
 * @param demoOverHttp whether the demo PBX is reached over AMI over HTTP instead of TCP
 */
record LaunchOptions(
    List<String> args, boolean embeddedPbx, Optional<Duration> runTime, boolean demoOverHttp) {

  /** The argument (or system property, without the dashes) that limits the run time. */
  static final String RUN_SECONDS = "demo.seconds";

  /** The argument (or system property) that has the demo PBX reached over HTTP: true or false. */
  static final String DEMO_HTTP = "demo.http";

  /** The keys that say where Asterisk is; see the runtime's CONFIGURATION.md. */
  private static final List<String> ADDRESS_KEYS = List.of("ami.host", "ami.url", "ami.servers");

  LaunchOptions {
    args = List.copyOf(args);
  }

  /** Reads the options from the arguments and the process's environment and system properties. */
  static LaunchOptions parse(String... args) {
    return parse(List.of(args), System.getenv(), System.getProperties());
  }

  /**
   * Reads the options. An Asterisk address counts as configured when {@code ami.host}, {@code
   * ami.url} or {@code ami.servers} is set in any source the runtime reads: arguments, system
   * properties, environment or {@code ami.properties}.
   *
   * @throws IllegalArgumentException when {@code demo.seconds} is not a positive whole number, or
   *     {@code demo.http} neither true nor false
   */
  static LaunchOptions parse(
      List<String> args, Map<String, String> environment, Properties systemProperties) {
    Properties file = classpathProperties();
    boolean configured =
        ADDRESS_KEYS.stream()
            .anyMatch(
                key ->
                    argument(args, key).isPresent()
                        || isSet(systemProperties.getProperty(key))
                        || isSet(environment.get(key.toUpperCase(Locale.ROOT).replace('.', '_')))
                        || isSet(file.getProperty(key)));
    Optional<String> seconds = setting(args, systemProperties, RUN_SECONDS);
    boolean http =
        setting(args, systemProperties, DEMO_HTTP).map(LaunchOptions::bool).orElse(false);
    return new LaunchOptions(args, !configured, seconds.map(LaunchOptions::positiveSeconds), http);
  }

  private static Optional<String> setting(List<String> args, Properties system, String key) {
    return argument(args, key).or(() -> Optional.ofNullable(system.getProperty(key)));
  }

  private static boolean bool(String text) {
    String value = text.trim();
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException(DEMO_HTTP + " must be true or false, not '" + text + "'");
  }

  private static Optional<String> argument(List<String> args, String key) {
    String prefix = "--" + key + "=";
    return args.stream()
        .filter(a -> a.startsWith(prefix))
        .map(a -> a.substring(prefix.length()))
        .filter(LaunchOptions::isSet)
        .reduce((first, last) -> last);
  }

  private static Duration positiveSeconds(String text) {
    try {
      long seconds = Long.parseLong(text.trim());
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below, with the offending value
    }
    throw new IllegalArgumentException(
        RUN_SECONDS + " must be a whole number of seconds above 0, not '" + text + "'");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static Properties classpathProperties() {
    Properties properties = new Properties();
    URL file = LaunchOptions.class.getClassLoader().getResource("ami.properties");
    if (file != null) {
      try (InputStream in = file.openStream()) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return properties;
  }
}
