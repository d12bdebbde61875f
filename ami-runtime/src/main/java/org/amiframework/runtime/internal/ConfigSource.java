package org.amiframework.runtime.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.amiframework.runtime.ConfigurationException;

/**
 * One place configuration values come from.
 *
 * @param name how messages name it ({@code system properties}, {@code ami.properties})
 * @param values the values by full key ({@code ami.host})
 * @param checkUnknownKeys whether keys under {@code ami.} that mean nothing are reported (not for
 *     system properties and the environment, namespaces other tools share)
 * @param environmentNames whether {@code values} is keyed by environment variable names ({@code
 *     AMI_PBX1_HOST}) rather than full keys
 */
record ConfigSource(
    String name, Map<String, String> values, boolean checkUnknownKeys, boolean environmentNames) {

  ConfigSource {
    values = Map.copyOf(values);
  }

  /** The value of a full key ({@code ami.pbx1.host}), or null. */
  String get(String key) {
    return values.get(environmentNames ? ConfigKey.environmentName(key) : key);
  }

  /** Every key this source holds, as written there. */
  Set<String> keys() {
    return values.keySet();
  }

  /** A source of full keys, checked for unknown keys ({@code ami.properties}-like). */
  static ConfigSource of(String name, Map<String, String> values) {
    return new ConfigSource(name, values, true, false);
  }

  /** Command-line arguments of the form {@code --ami.key=value}; other arguments are skipped. */
  static ConfigSource arguments(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--" + ConfigKey.PREFIX)) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
          throw new ConfigurationException(
              "command-line argument "
                  + arg.substring(0, Math.min(arg.length(), 60))
                  + " has no '=value'");
        }
        values.put(arg.substring(2, eq).trim(), arg.substring(eq + 1).trim());
      }
    }
    return new ConfigSource("command-line arguments", values, true, false);
  }

  /** The JVM's system properties under {@code ami.}. */
  static ConfigSource systemProperties() {
    Map<String, String> values = new HashMap<>();
    Properties props = System.getProperties();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(ConfigKey.PREFIX)) {
        values.put(key, props.getProperty(key).trim());
      }
    }
    return new ConfigSource("system properties", values, false, false);
  }

  /**
   * Environment variables, looked up under the names {@link ConfigKey#environmentName} gives: the
   * map is keyed by variable name ({@code AMI_HOST}), {@link #get} takes full keys.
   */
  static ConfigSource environment(Map<String, String> variables) {
    Map<String, String> values = new HashMap<>();
    variables.forEach(
        (k, v) -> {
          if (k.startsWith("AMI_")) {
            values.put(k, v.trim());
          }
        });
    return new ConfigSource("environment", values, false, true);
  }

  /** {@code ami.properties} from the classpath, or an empty source when there is none. */
  static ConfigSource classpathFile(String resource) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ConfigSource.class.getClassLoader();
    }
    URL url = loader.getResource(resource);
    Map<String, String> values = new HashMap<>();
    if (url != null) {
      Properties props = new Properties();
      try (InputStream in = url.openStream();
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IOException e) {
        throw new ConfigurationException("cannot read " + url + ": " + e.getMessage());
      }
      props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k).trim()));
    }
    return new ConfigSource(resource, values, true, false);
  }
}
