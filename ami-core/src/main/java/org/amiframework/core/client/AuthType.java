package org.amiframework.core.client;

/** How the client logs in. */
public enum AuthType {
  /** {@code Login} with {@code Secret:} in clear (use TLS on untrusted networks). */
  PLAIN,
  /** {@code Challenge} then {@code Login} with {@code Key: md5(challenge + secret)}. */
  MD5
}
