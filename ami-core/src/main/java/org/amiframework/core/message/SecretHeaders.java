package org.amiframework.core.message;

import java.util.Set;

/** Which header names carry secrets that must never be logged or shown. */
public final class SecretHeaders {

  private static final Set<String> SECRET =
      Set.of("secret", "key", "password", "newpassword", "authsecret", "md5secret");

  private SecretHeaders() {}

  /** Whether values of this header must be masked in logs, exceptions and {@code toString}. */
  public static boolean isSecret(String headerName) {
    return SECRET.contains(headerName.toLowerCase(java.util.Locale.ROOT));
  }
}
