package org.amiframework.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amiframework.testkit.FakeUser;

/**
 * The users of the fake, found by name case-insensitively ({@code get_manager_by_name_locked()}
 * uses {@code strcasecmp}) and checked as {@code authenticate()} does: the plain secret with an
 * exact comparison, or the MD5 key as 32 lower-case hex digits of {@code md5(challenge + secret)}.
 */
public final class UserRegistry {

  /** In the order they were added, as manager.conf lists its sections. */
  private final Map<String, FakeUser> users = Collections.synchronizedMap(new LinkedHashMap<>());

  /** Adds or replaces a user (a replaced one keeps its place). */
  public void add(FakeUser user) {
    users.put(key(user.name()), user);
  }

  /** Every user, in the order they were first added. */
  public List<FakeUser> all() {
    synchronized (users) {
      return List.copyOf(users.values());
    }
  }

  /** The user with this name (any case), or null. */
  public FakeUser find(String name) {
    return name == null ? null : users.get(key(name));
  }

  /**
   * The user a {@code Login} authenticates as, or null if it fails.
   *
   * @param username the {@code Username} header
   * @param secret the {@code Secret} header (plain login)
   * @param authType the {@code AuthType} header
   * @param key the {@code Key} header (MD5 login)
   * @param challenge the session's challenge, or null if it asked for none
   */
  public FakeUser authenticate(
      String username, String secret, String authType, String key, String challenge) {
    FakeUser user = find(username);
    if (user == null) {
      return null;
    }
    if (authType != null && authType.equalsIgnoreCase("MD5")) {
      boolean ok =
          challenge != null
              && !challenge.isEmpty()
              && key != null
              && key.equals(md5Key(challenge, user.secret()));
      return ok ? user : null;
    }
    boolean ok = !user.secret().isEmpty() && secret != null && secret.equals(user.secret());
    return ok ? user : null;
  }

  /** Lower-case hex of {@code md5(challenge + secret)}, the key an MD5 login must send. */
  public static String md5Key(String challenge, String secret) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(challenge.getBytes(StandardCharsets.UTF_8));
      md5.update(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
