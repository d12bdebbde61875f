package org.amiframework.runtime;

/**
 * The configuration is invalid or incomplete. The message names the key and where its value came
 * from; it never contains a secret.
 */
public class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the key and its source. */
  public ConfigurationException(String message) {
    super(message);
  }
}
