package org.amiframework.runtime.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every configuration key, without its {@code ami.} prefix. Server keys may also be given per
 * server as {@code ami.<server>.<key>}. CONFIGURATION.md documents each one; a test keeps the two
 * in step.
 */
public enum ConfigKey {
  SERVERS("servers", false),
  LANES("lanes", false),
  LANE_CAPACITY("lane-capacity", false),
  SHUTDOWN_TIMEOUT("shutdown-timeout", false),
  HOST("host", true),
  PORT("port", true),
  TLS("tls", true),
  TLS_VERIFY_HOST("tls-verify-host", true),
  URL("url", true),
  USERNAME("username", true),
  SECRET("secret", true),
  AUTH("auth", true),
  EVENTS("events", true),
  CONNECT_TIMEOUT("connect-timeout", true),
  ACTION_TIMEOUT("action-timeout", true),
  PING_INTERVAL("ping-interval", true),
  PING_TIMEOUT("ping-timeout", true),
  RECONNECT("reconnect", true),
  RECONNECT_INITIAL_DELAY("reconnect-initial-delay", true),
  RECONNECT_MAX_DELAY("reconnect-max-delay", true),
  RECONNECT_MAX_ATTEMPTS("reconnect-max-attempts", true),
  EVENT_QUEUE_CAPACITY("event-queue-capacity", true),
  EVENT_QUEUE_OVERFLOW("event-queue-overflow", true),
  WRITE_CLASSES("write-classes", true),
  LEARN_WRITE_CLASSES("learn-write-classes", true);

  /** The prefix of every key. */
  public static final String PREFIX = "ami.";

  private final String name;
  private final boolean perServer;

  ConfigKey(String name, boolean perServer) {
    this.name = name;
    this.perServer = perServer;
  }

  /** The key without prefix ({@code connect-timeout}). */
  public String keyName() {
    return name;
  }

  /** Whether the key configures one server (and may be given as {@code ami.<server>.<key>}). */
  public boolean perServer() {
    return perServer;
  }

  /** The full key for the shared or only server: {@code ami.host}. */
  public String key() {
    return PREFIX + name;
  }

  /** The full key for one server: {@code ami.pbx1.host}. */
  public String key(String server) {
    return PREFIX + server + "." + name;
  }

  /**
   * The environment variable of a full key: {@code ami.pbx1.connect-timeout} gives {@code
   * AMI_PBX1_CONNECT_TIMEOUT}.
   */
  public static String environmentName(String fullKey) {
    return fullKey.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * Server names that would make a server key look like another key in the environment ({@code
   * ping} + {@code interval}...) or in properties: each key and each of its leading hyphen parts.
   */
  static Set<String> reservedServerNames() {
    Set<String> reserved = new HashSet<>();
    for (ConfigKey k : values()) {
      String n = k.name;
      reserved.add(n);
      for (int dash = n.indexOf('-'); dash > 0; dash = n.indexOf('-', dash + 1)) {
        reserved.add(n.substring(0, dash));
      }
    }
    return reserved;
  }
}
