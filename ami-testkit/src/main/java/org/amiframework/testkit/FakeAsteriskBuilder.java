package org.amiframework.testkit;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.amiframework.core.api.Bindings;
import org.amiframework.testkit.http.HttpSettings;
import org.amiframework.testkit.internal.ServerSettings;

/**
 * Configures a {@link FakeAsterisk} as {@code manager.conf} and {@code asterisk.conf} configure a
 * real one. Every setting has the default of a stock Asterisk 22, except that the fake listens on
 * an ephemeral port of 127.0.0.1 and, without users, gets one: {@value
 * FakeAsterisk#DEFAULT_USERNAME} / {@value FakeAsterisk#DEFAULT_SECRET} with every class.
 */
public final class FakeAsteriskBuilder {

  /** 127.0.0.1 itself, not whatever "localhost" resolves to on the machine. */
  static final InetAddress LOOPBACK = loopback();

  private boolean listening = true;
  private InetAddress bindAddress = LOOPBACK;
  private int port;
  private String amiVersion = "11.0.0";
  private String asteriskVersion = "22.10.1";
  private String systemName;
  private boolean timestampEvents;
  private Duration failedLoginDelay = Duration.ofSeconds(1);
  private Supplier<String> challenges =
      () -> Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000_000));
  private UnscriptedActionPolicy unscripted = UnscriptedActionPolicy.SUCCEED;
  private boolean emulateInputLimits = true;
  private int writeQueueCapacity = 10_000;
  private int journalCapacity = 100_000;
  private Path recordingDirectory;
  private Bindings bindings = Bindings.none();
  private final List<FakeUser> users = new ArrayList<>();
  private HttpSettings http;

  FakeAsteriskBuilder() {}

  /**
   * Also serves the manager over HTTP ({@code webenabled = yes} in manager.conf, {@code enabled =
   * yes} in http.conf), with the settings given so far or Asterisk's defaults; see {@link
   * FakeAsterisk#httpEndpoint}. Off by default.
   */
  public FakeAsteriskBuilder http(boolean on) {
    this.http = on ? httpSettings() : null;
    return this;
  }

  /** The http.conf {@code prefix} of the HTTP URIs ({@code /asterisk/rawman}); turns HTTP on. */
  public FakeAsteriskBuilder httpPrefix(String prefix) {
    this.http = httpSettings().withPrefix(prefix);
    return this;
  }

  /**
   * manager.conf {@code httptimeout}: how long an idle HTTP session lives (default 60 s, whole
   * seconds); turns HTTP on.
   */
  public FakeAsteriskBuilder httpTimeout(Duration timeout) {
    this.http = httpSettings().withHttpTimeout(timeout);
    return this;
  }

  private HttpSettings httpSettings() {
    return http != null ? http : HttpSettings.DEFAULTS;
  }

  /**
   * The AMI version of the greeting ({@code 11.0.0} for Asterisk 22). Below 3 the fake answers
   * {@code Command} in the legacy {@code Response: Follows} format and sends FullyBooted without
   * Uptime, as Asterisk 13 and older do.
   */
  public FakeAsteriskBuilder amiVersion(String version) {
    this.amiVersion = requireText(version, "version");
    return this;
  }

  /** The Asterisk version CoreSettings reports. */
  public FakeAsteriskBuilder asteriskVersion(String version) {
    this.asteriskVersion = requireText(version, "version");
    return this;
  }

  /** {@code systemname}: adds {@code SystemName} to every broadcast event and to Uniqueids. */
  public FakeAsteriskBuilder systemName(String name) {
    this.systemName = requireText(name, "name");
    return this;
  }

  /** {@code timestampevents}: adds {@code Timestamp} to every broadcast event. */
  public FakeAsteriskBuilder timestampEvents(boolean on) {
    this.timestampEvents = on;
    return this;
  }

  /** How long a failed login waits before answering and closing (1 s in Asterisk; 0 in tests). */
  public FakeAsteriskBuilder failedLoginDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    this.failedLoginDelay = delay;
    return this;
  }

  /** Always hands out this MD5 challenge, so that a test can precompute the key. */
  public FakeAsteriskBuilder fixedChallenge(String challenge) {
    String fixed = requireText(challenge, "challenge");
    this.challenges = () -> fixed;
    return this;
  }

  /** Adds a user (the first one replaces the default user). */
  public FakeAsteriskBuilder user(FakeUser user) {
    users.add(Objects.requireNonNull(user, "user"));
    return this;
  }

  /** Listens on this port instead of an ephemeral one. */
  public FakeAsteriskBuilder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.port = port;
    return this;
  }

  /**
   * Binds no port: the fake takes only in-memory connections ({@link FakeAsterisk#inMemoryClient}),
   * which behave as TCP connections do, greeting and faults included. {@link FakeAsterisk#port()}
   * then fails; {@link FakeAsterisk#stop()} and {@link FakeAsterisk#startAgain()} still take it
   * down and up.
   */
  public FakeAsteriskBuilder inMemoryOnly() {
    this.listening = false;
    return this;
  }

  /** Listens on this address instead of the loopback address. */
  public FakeAsteriskBuilder bindAddress(InetAddress address) {
    this.bindAddress = Objects.requireNonNull(address, "address");
    return this;
  }

  /** How actions Asterisk has but nothing scripts are answered (default: success). */
  public FakeAsteriskBuilder unscriptedActions(UnscriptedActionPolicy policy) {
    this.unscripted = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * Whether lines over 1024 bytes and messages over 128 lines are refused with Asterisk's parse
   * errors (default on).
   */
  public FakeAsteriskBuilder emulateInputLimits(boolean on) {
    this.emulateInputLimits = on;
    return this;
  }

  /** How many written-but-unread chunks a session may have before it is dropped as too slow. */
  public FakeAsteriskBuilder writeQueueCapacity(int chunks) {
    if (chunks < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + chunks);
    }
    this.writeQueueCapacity = chunks;
    return this;
  }

  /** How many received actions are kept for assertions (the oldest go first). */
  public FakeAsteriskBuilder journalCapacity(int actions) {
    if (actions < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + actions);
    }
    this.journalCapacity = actions;
    return this;
  }

  /**
   * Records every session as {@code session-NNN.rx/.tx/.jsonl} in this directory. Recordings hold
   * what crossed the wire, plain-login secrets included.
   */
  public FakeAsteriskBuilder recordSessionsTo(Path directory) {
    this.recordingDirectory = Objects.requireNonNull(directory, "directory");
    return this;
  }

  /**
   * Generated bindings: their events' classes are used for events emitted without {@code
   * Privilege}, and their actions' write classes replace those of the fake's Asterisk 22 table.
   */
  public FakeAsteriskBuilder bindings(Bindings bindings) {
    this.bindings = Objects.requireNonNull(bindings, "bindings");
    return this;
  }

  /** A configured fake, not yet listening. */
  public FakeAsterisk build() {
    ServerSettings settings =
        new ServerSettings(
            listening,
            bindAddress,
            port,
            amiVersion,
            asteriskVersion,
            systemName,
            timestampEvents,
            failedLoginDelay,
            challenges,
            unscripted,
            emulateInputLimits,
            writeQueueCapacity,
            journalCapacity,
            recordingDirectory,
            bindings);
    List<FakeUser> configured =
        users.isEmpty()
            ? List.of(FakeUser.admin(FakeAsterisk.DEFAULT_USERNAME, FakeAsterisk.DEFAULT_SECRET))
            : users;
    return new FakeAsterisk(settings, configured, http);
  }

  /** Builds and starts listening. */
  public FakeAsterisk start() {
    FakeAsterisk fake = build();
    try {
      fake.startAgain();
    } catch (UncheckedIOException e) {
      fake.close();
      throw e;
    }
    return fake;
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new IllegalStateException("a literal IPv4 address is always valid", e);
    }
  }

  private static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(what + " must be one non-blank line: '" + value + "'");
    }
    return value;
  }
}
