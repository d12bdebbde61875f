package org.amiframework.runtime.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.AuthType;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.client.OverflowPolicy;
import org.amiframework.runtime.AmiSettings;
import org.amiframework.runtime.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link AmiSettings} from configuration sources, the first source holding a key winning. A
 * server key given for the server ({@code ami.pbx1.host}) in any source beats the shared key
 * ({@code ami.host}) in any source. Blank values count as unset.
 */
public final class SettingsLoader {

  private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);

  /** The configuration file looked up on the classpath. */
  public static final String FILE = "ami.properties";

  private final List<ConfigSource> sources;

  SettingsLoader(List<ConfigSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /**
   * The standard sources, strongest first: command line, system properties, environment, {@value
   * #FILE} on the classpath.
   */
  public static SettingsLoader fromEnvironment(String... args) {
    return new SettingsLoader(
        List.of(
            ConfigSource.arguments(args),
            ConfigSource.systemProperties(),
            ConfigSource.environment(System.getenv()),
            ConfigSource.classpathFile(FILE)));
  }

  /**
   * The settings; unknown keys in the command line or the file are logged as warnings.
   *
   * @throws ConfigurationException naming the key and its source
   */
  public AmiSettings load() {
    List<String> servers = serverNames();
    unknownKeys(servers).forEach(LOG::warn);
    AmiSettings.Builder b = AmiSettings.builder();
    find(null, ConfigKey.LANES).ifPresent(v -> b.lanes(v.asInt(false)));
    find(null, ConfigKey.LANE_CAPACITY).ifPresent(v -> b.laneCapacity(v.asInt(false)));
    find(null, ConfigKey.SHUTDOWN_TIMEOUT).ifPresent(v -> b.shutdownTimeout(v.asDuration()));
    if (servers.isEmpty()) {
      b.server(server(AmiSettings.DEFAULT_SERVER, null));
    } else {
      servers.forEach(name -> b.server(server(name, name)));
    }
    return b.build();
  }

  /**
   * Warnings for keys under {@code ami.} that configure nothing, in the sources that are checked.
   */
  List<String> unknownKeys(List<String> servers) {
    Set<String> known = new HashSet<>();
    for (ConfigKey k : ConfigKey.values()) {
      known.add(k.key());
      if (k.perServer()) {
        servers.forEach(s -> known.add(k.key(s)));
      }
    }
    List<String> warnings = new ArrayList<>();
    for (ConfigSource source : sources) {
      if (source.checkUnknownKeys()) {
        source.keys().stream()
            .filter(k -> k.startsWith(ConfigKey.PREFIX) && !known.contains(k))
            .sorted()
            .forEach(k -> warnings.add("unknown configuration key " + k + " in " + source.name()));
      }
    }
    return warnings;
  }

  private List<String> serverNames() {
    Optional<ConfigValue> list = find(null, ConfigKey.SERVERS);
    if (list.isEmpty()) {
      return List.of();
    }
    Set<String> reserved = ConfigKey.reservedServerNames();
    List<String> names = new ArrayList<>();
    for (String item : list.get().text().split(",", -1)) {
      String name = item.trim();
      if (name.isEmpty()) {
        throw list.get().invalid("a comma list of server names without empty items");
      }
      if (reserved.contains(name.toLowerCase(Locale.ROOT))) {
        throw list.get()
            .invalid("server names other than '" + name + "', which is reserved for keys");
      }
      names.add(name);
    }
    return names;
  }

  private AmiClientConfig server(String name, String scope) {
    AmiClientConfig.Builder b = AmiClientConfig.builder().name(name);
    set(scope, ConfigKey.HOST, v -> b.host(v.text()));
    set(scope, ConfigKey.PORT, v -> b.port(portOf(v)));
    set(scope, ConfigKey.TLS, v -> b.tls(v.asBoolean()));
    set(scope, ConfigKey.TLS_VERIFY_HOST, v -> b.verifyHost(v.asBoolean()));
    set(scope, ConfigKey.URL, v -> b.httpEndpoint(httpEndpointOf(v)));
    b.username(required(scope, ConfigKey.USERNAME).text());
    b.secret(required(scope, ConfigKey.SECRET).text());
    set(scope, ConfigKey.AUTH, v -> b.authType(v.asEnum(AuthType.class)));
    set(scope, ConfigKey.EVENTS, v -> b.eventMask(eventMask(v)));
    set(scope, ConfigKey.CONNECT_TIMEOUT, v -> b.connectTimeout(v.asDuration()));
    set(scope, ConfigKey.ACTION_TIMEOUT, v -> b.actionTimeout(v.asDuration()));
    set(scope, ConfigKey.PING_INTERVAL, v -> b.pingInterval(v.asDuration()));
    set(scope, ConfigKey.PING_TIMEOUT, v -> b.pingTimeout(v.asDuration()));
    set(scope, ConfigKey.RECONNECT, v -> b.reconnect(v.asBoolean()));
    set(scope, ConfigKey.RECONNECT_INITIAL_DELAY, v -> b.reconnectInitialDelay(v.asDuration()));
    set(scope, ConfigKey.RECONNECT_MAX_DELAY, v -> b.reconnectMaxDelay(v.asDuration()));
    set(scope, ConfigKey.RECONNECT_MAX_ATTEMPTS, v -> b.reconnectMaxAttempts(v.asInt(true)));
    set(scope, ConfigKey.EVENT_QUEUE_CAPACITY, v -> b.eventQueueCapacity(v.asInt(false)));
    set(
        scope,
        ConfigKey.EVENT_QUEUE_OVERFLOW,
        v -> b.overflowPolicy(v.asEnum(OverflowPolicy.class)));
    set(scope, ConfigKey.WRITE_CLASSES, v -> b.writeClasses(v.asClassList()));
    set(scope, ConfigKey.LEARN_WRITE_CLASSES, v -> b.learnWriteClasses(v.asBoolean()));
    return b.build();
  }

  private static HttpEndpoint httpEndpointOf(ConfigValue v) {
    try {
      return HttpEndpoint.parse(v.text());
    } catch (IllegalArgumentException e) {
      throw v.invalid(
          "an AMI-over-HTTP URL such as http://pbx:8088/rawman (" + e.getMessage() + ")");
    }
  }

  private static int portOf(ConfigValue v) {
    int port = v.asInt(false);
    if (port > 65535) {
      throw v.invalid("a TCP port, 1 to 65535");
    }
    return port;
  }

  private static String eventMask(ConfigValue v) {
    if (v.text().equalsIgnoreCase(AmiSettings.AUTO_EVENT_MASK)) {
      return AmiSettings.AUTO_EVENT_MASK;
    }
    try {
      EventMasks.classes(v.text());
    } catch (IllegalArgumentException e) {
      throw v.invalid("auto, on, off, a number or a comma list of classes: " + e.getMessage());
    }
    return v.text();
  }

  private void set(String scope, ConfigKey key, Consumer<ConfigValue> apply) {
    find(scope, key).ifPresent(apply);
  }

  private ConfigValue required(String scope, ConfigKey key) {
    return find(scope, key)
        .orElseThrow(
            () ->
                new ConfigurationException(
                    (scope == null ? key.key() : key.key(scope) + " (or " + key.key() + ")")
                        + " is not set; set it in "
                        + FILE
                        + ", as a system property or as the environment variable "
                        + ConfigKey.environmentName(scope == null ? key.key() : key.key(scope))));
  }

  /** The value for a server ({@code scope}) or the shared one; {@code scope} null: shared only. */
  private Optional<ConfigValue> find(String scope, ConfigKey key) {
    if (scope != null) {
      Optional<ConfigValue> own = lookup(key.key(scope), key);
      if (own.isPresent()) {
        return own;
      }
    }
    return lookup(key.key(), key);
  }

  private Optional<ConfigValue> lookup(String fullKey, ConfigKey key) {
    for (ConfigSource source : sources) {
      String text = source.get(fullKey);
      if (text != null && !text.isBlank()) {
        return Optional.of(
            new ConfigValue(fullKey, text.trim(), source.name(), key == ConfigKey.SECRET));
      }
    }
    return Optional.empty();
  }
}
