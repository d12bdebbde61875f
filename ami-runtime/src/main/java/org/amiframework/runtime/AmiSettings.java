package org.amiframework.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.runtime.internal.SettingsLoader;

/**
 * What the runtime runs with: one client configuration per Asterisk server, and the dispatching
 * settings. Immutable. {@link #load} reads it from the command line, system properties, environment
 * variables and {@code ami.properties} (see CONFIGURATION.md for every key); {@link #builder()}
 * makes it in code.
 *
 * <p>A server whose {@link AmiClientConfig#eventMask()} is {@value #AUTO_EVENT_MASK} logs in with
 * the event mask the handlers need, derived at startup. {@link #toString()} never shows a secret.
 */
public final class AmiSettings {

  /** The name of the only server when {@code ami.servers} is not set. */
  public static final String DEFAULT_SERVER = "default";

  /** The event mask value asking the runtime to derive the mask from the handlers. */
  public static final String AUTO_EVENT_MASK = "auto";

  private static final Pattern SERVER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private final List<AmiClientConfig> servers;
  private final int lanes;
  private final int laneCapacity;
  private final Duration shutdownTimeout;

  private AmiSettings(Builder b) {
    if (b.servers.isEmpty()) {
      throw new ConfigurationException("no server is configured");
    }
    this.servers = List.copyOf(b.servers);
    this.lanes = b.lanes;
    this.laneCapacity = b.laneCapacity;
    this.shutdownTimeout = b.shutdownTimeout;
  }

  /**
   * Reads the settings; the first source holding a key wins: command-line arguments {@code
   * --ami.key=value}, system properties, environment variables ({@code AMI_KEY}), then {@code
   * ami.properties} on the classpath.
   *
   * @param args the application's arguments; those not of the form {@code --ami.key=value} are
   *     ignored
   * @throws ConfigurationException naming the key when a value is missing or invalid
   */
  public static AmiSettings load(String... args) {
    return SettingsLoader.fromEnvironment(args).load();
  }

  /** A builder with the defaults: 8 lanes of 1024 events, 10 s to drain at shutdown. */
  public static Builder builder() {
    return new Builder();
  }

  /** The servers, in configuration order; names are unique (case-insensitively). */
  public List<AmiClientConfig> servers() {
    return servers;
  }

  /** The server of this name. */
  public Optional<AmiClientConfig> server(String name) {
    return servers.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The server names, in configuration order. */
  public List<String> serverNames() {
    return servers.stream().map(AmiClientConfig::name).toList();
  }

  /** How many worker threads run handlers; events of one call always share a lane. */
  public int lanes() {
    return lanes;
  }

  /**
   * How many events each lane queues before the delivering thread blocks (a lane also holds the
   * batch it is running, at most as many again).
   */
  public int laneCapacity() {
    return laneCapacity;
  }

  /** How long shutdown waits for the lanes to drain before discarding what is left. */
  public Duration shutdownTimeout() {
    return shutdownTimeout;
  }

  /** Whether a server asks for an event mask derived from the handlers. */
  public static boolean isAutoEventMask(AmiClientConfig server) {
    return AUTO_EVENT_MASK.equalsIgnoreCase(server.eventMask());
  }

  @Override
  public String toString() {
    return "AmiSettings{servers="
        + servers
        + ", lanes="
        + lanes
        + ", laneCapacity="
        + laneCapacity
        + ", shutdownTimeout="
        + shutdownTimeout
        + "}";
  }

  /** Builds {@link AmiSettings}. */
  public static final class Builder {
    private final List<AmiClientConfig> servers = new ArrayList<>();
    private int lanes = 8;
    private int laneCapacity = 1024;
    private Duration shutdownTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Adds a server, named by {@link AmiClientConfig#name()}: letters, digits, {@code _} and {@code
     * -}, unique ignoring case.
     */
    public Builder server(AmiClientConfig server) {
      Objects.requireNonNull(server, "server");
      String name = server.name();
      if (name == null || !SERVER_NAME.matcher(name).matches()) {
        throw new ConfigurationException(
            "invalid server name '" + name + "': use letters, digits, '_' and '-'");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (servers.stream().anyMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(lower))) {
        throw new ConfigurationException("server '" + name + "' is configured twice");
      }
      servers.add(server);
      return this;
    }

    /** See {@link AmiSettings#lanes()}; at least 1. */
    public Builder lanes(int lanes) {
      if (lanes < 1) {
        throw new ConfigurationException("lanes must be at least 1, not " + lanes);
      }
      this.lanes = lanes;
      return this;
    }

    /** See {@link AmiSettings#laneCapacity()}; at least 1. */
    public Builder laneCapacity(int capacity) {
      if (capacity < 1) {
        throw new ConfigurationException("lane capacity must be at least 1, not " + capacity);
      }
      this.laneCapacity = capacity;
      return this;
    }

    /** See {@link AmiSettings#shutdownTimeout()}; not negative. */
    public Builder shutdownTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new ConfigurationException("shutdown timeout must not be negative: " + timeout);
      }
      this.shutdownTimeout = timeout;
      return this;
    }

    /**
     * The settings.
     *
     * @throws ConfigurationException when no server was added
     */
    public AmiSettings build() {
      return new AmiSettings(this);
    }
  }
}
